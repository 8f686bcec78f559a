// Builds the bench-only page (scripts/bench/browser) that `npm run bench` opens in Chromium.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('./browser', import.meta.url)),
  logLevel: 'warn',
  build: {
    target: 'es2022',
    outDir: fileURLToPath(new URL('../../dist-bench-page', import.meta.url)),
    emptyOutDir: true,
  },
});
