// Playwright cannot download its own browser here: the e2e tests drive Debian's Chromium.
// Fail early with the exact fix instead of a cryptic launch error.
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(path)) {
  console.error(
    `Chromium not found at ${path}.\n` +
      'Install it (Debian/Ubuntu, as root):  apt-get update && apt-get install -y chromium poppler-utils\n' +
      'or point CHROMIUM_PATH at another Chromium/Chrome binary.',
  );
  process.exit(1);
}
