// A tiny static server for the built app (no vite preview process to clean up): resolves with
// its origin and a close() function.
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { cacheControlFor } from '../cache-policy.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
};

/** `cacheAssets`: cache as a host configured by docs/hosting/ does (scripts/cache-policy.mjs): the
 *  hashed files under assets/ for a year; everything else is revalidated (ETag, 304 when unchanged).
 *  Without it, nothing is cached. `compress`: gzip text files for clients that accept it, as every
 *  web host does (matters on a throttled network). */
export function serve(dist, { cacheAssets = false, compress = false } = {}) {
  const zipped = new Map();
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    const file = join(dist, path === '/' ? 'index.html' : path);
    try {
      let body = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const gzip =
        compress && /gzip/.test(String(req.headers['accept-encoding'])) && /text|json|svg/.test(type);
      if (gzip) {
        if (!zipped.has(file)) zipped.set(file, gzipSync(body));
        body = zipped.get(file);
      }
      const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
      const cache = cacheAssets ? { 'cache-control': cacheControlFor(path), etag } : {};
      if (cacheAssets && req.headers['if-none-match'] === etag) {
        res.writeHead(304, cache).end();
        return;
      }
      res.writeHead(200, {
        'content-type': type,
        ...cache,
        ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
      });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        origin: `http://127.0.0.1:${port}`,
        close: () => new Promise((r) => server.close(() => r())),
      });
    });
  });
}
