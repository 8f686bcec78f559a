// Zod compiles a fast parser with `new Function` the first time an object schema parses, after
// probing whether eval is allowed. Under the app's strict CSP (`script-src 'self'`) the probe itself
// is reported as a violation (Lighthouse best practices), even though zod catches the error. Every
// entry (browser, CLI, tests) imports this module first, so no schema ever tries: the interpreted
// parser is fast enough for a few answer files.
import { z } from 'zod';

z.config({ jitless: true });
