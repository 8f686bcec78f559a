// Entries (browser, CLI, tests) import this first; the setting itself lives next to the schemas,
// which import it too (see catalogue/zod-jitless.ts for why both).
import './catalogue/zod-jitless';
