// How long browsers may keep the app's files (issue 17: a repeat visit on a slow phone should ask
// the network for nothing but the page). One policy for `npm start` (vite.config.ts), the bench
// server (scripts/bench/serve.mjs) and the ready host configs in docs/hosting/.
//
// Files under assets/ have a hash of their content in their name: a new build gives them new names,
// so a browser may keep them for a year without asking. Everything else (index.html, sw.js,
// registerSW.js, the manifest, icons) keeps its name across builds: the browser must ask each time
// whether it changed (a cheap 304 when it did not), or visitors would be stuck on an old version.

/** Path segment of the hashed files (Vite's build.assetsDir). */
export const HASHED_ASSETS_DIR = '/assets/';
export const HASHED_ASSET_CACHE_CONTROL = 'public, max-age=31536000, immutable';
export const OTHER_FILE_CACHE_CONTROL = 'no-cache';

/** The Cache-Control header for a request path (without query). */
export function cacheControlFor(path) {
  return path.includes(HASHED_ASSETS_DIR) ? HASHED_ASSET_CACHE_CONTROL : OTHER_FILE_CACHE_CONTROL;
}
