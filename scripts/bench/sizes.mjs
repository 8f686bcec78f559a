// Bundle sizes of a build (gzip -9; kB = 1000 bytes, as the budgets are written).
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const gzipKb = (path) => gzipSync(readFileSync(path), { level: 9 }).length / 1000;

/** JS the browser fetches because index.html names it (entry script, modulepreloads, SW registration). */
export function initialJsKb(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\.?\/?([^"]+\.js)"/g)].map((m) => m[1]);
  return { kb: files.reduce((sum, f) => sum + gzipKb(join(dist, f)), 0), files };
}

/** CSS that blocks the first render: the stylesheets index.html names. */
export function initialCssKb(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = [...html.matchAll(/<link rel="stylesheet"[^>]*href="\.?\/?([^"]+\.css)"/g)].map((m) => m[1]);
  return files.reduce((sum, f) => sum + gzipKb(join(dist, f)), 0);
}

/** Every JS chunk of the app (lazy pages, PDF code), without the service worker itself. */
export function totalJsKb(dist) {
  const files = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js'));
  return files.reduce((sum, f) => sum + gzipKb(join(dist, 'assets', f)), 0);
}

export function fileSizes(path) {
  if (!existsSync(path)) return null;
  return { kb: statSync(path).size / 1000, gzipKb: gzipKb(path) };
}
