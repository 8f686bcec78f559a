// Zod compiles a fast parser with `new Function`, after probing whether eval is allowed; it probes
// when an object schema is *created*, at module load. Under the app's strict CSP
// (`script-src 'self'`) the probe itself is reported as a violation (Lighthouse best practices,
// "Issues were logged in the Issues panel"), even though zod catches the error. The interpreted
// parser is fast enough for a few answer files, so no schema ever tries.
//
// Why here and not only in the entry: the bundler puts zod and the schemas in a shared chunk that
// runs before the entry's own code, whatever the import order in main.tsx (seen in issue 17), and the
// workshop's intake worker has no entry of ours before its schemas. So every module that creates a
// schema at load time imports this module first; an import is always evaluated before its importer.
import { z } from 'zod';

z.config({ jitless: true });
