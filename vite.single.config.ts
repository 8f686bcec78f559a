// The one-file edition (issue 9): `npm run build:single` writes dist-single/partnership-mirror.html,
// with every script, style, font and the PDF code inlined, for a USB stick or an e-mail. It runs
// opened from disk (file://): hash routes, no service worker, no network at all.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { purgeUnusedCss } from './scripts/purge-unused-css';

export const SINGLE_FILE_NAME = 'partnership-mirror.html';
const HASH_PLACEHOLDER = "'sha256-to-be-computed'";

// On file:// the origin is opaque, so 'self' matches nothing: the inlined script is allowed by its
// hash, and everything else the page needs is inline (data:/blob:). connect-src allows only data:
// — the PDF code fetch()es its fonts, which here are data: URLs inside the file — so no request
// can leave the page, not even to the same disk.
function singleFilePolicy(scriptHashes: string): string {
  return [
    "default-src 'none'",
    `script-src ${scriptHashes}`,
    "style-src 'unsafe-inline'",
    'img-src data: blob:',
    'font-src data:',
    'connect-src data:',
    'worker-src blob:',
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

function escapeAttribute(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
}

/** Puts a CSP placeholder in the page, then — once vite-plugin-singlefile has inlined everything —
 *  replaces it with the hashes of the inline scripts, and inlines the favicon as a data: URL. */
function singleFileContentSecurityPolicy(): Plugin {
  return {
    name: 'partnership-mirror:single-file-csp',
    apply: 'build',
    enforce: 'post',
    // Written as raw HTML (quotes unescaped) so vite-plugin-singlefile's CSP check can read it.
    transformIndexHtml: (html) =>
      html.replace(
        '<head>',
        `<head>\n    <meta http-equiv="Content-Security-Policy" content="${singleFilePolicy(HASH_PLACEHOLDER)}" />`,
      ),
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type !== 'asset' || !file.fileName.endsWith('.html')) continue;
          let html = String(file.source);
          const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
          if (scripts.some((s) => s.trim() === ''))
            this.error('A script was not inlined in the one-file edition');
          const hashes = scripts.map(sha256).join(' ');
          const policy = escapeAttribute(singleFilePolicy(hashes));
          html = html.replace(
            /(<meta http-equiv="Content-Security-Policy" content=")[^"]*(")/,
            `$1${policy}$2`,
          );
          const favicon = readFileSync('public/favicon.svg');
          html = html.replace(
            /<link rel="icon" href="[^"]*favicon\.svg"/,
            `<link rel="icon" href="data:image/svg+xml;base64,${favicon.toString('base64')}"`,
          );
          if (html.includes(HASH_PLACEHOLDER.replaceAll("'", '')))
            this.error('CSP hash placeholder left in place');
          file.source = html;
        }
      },
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    purgeUnusedCss(),
    viteSingleFile({ removeViteModuleLoader: true, outputFileName: SINGLE_FILE_NAME }),
    singleFileContentSecurityPolicy(),
  ],
  // Nothing from public/ is copied: the one file must stand alone.
  publicDir: false,
  build: {
    target: 'es2022',
    sourcemap: false,
    outDir: 'dist-single',
    emptyOutDir: true,
    // Fonts imported with `?url` become data: URLs; the singlefile plugin also sets this.
    assetsInlineLimit: () => true,
  },
});
