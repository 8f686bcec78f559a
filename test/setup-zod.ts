// Tests run with the same zod configuration as the app and the CLI (src/zod-config.ts).
import '../src/zod-config';
