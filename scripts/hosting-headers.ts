// The headers and the page's Content Security Policy, in one place (issue 16, defect 15): used by
// vite.config.ts (the meta tag, and `npm start` = vite preview) and copied into the ready configs
// in docs/hosting/, which test/hosting-headers.test.ts keeps equal to this file. How long files may
// be cached is in scripts/cache-policy.mjs (the bench server, plain Node, reads it too).

import { createHash } from 'node:crypto';
import { FIRST_LOAD_HINT_SCRIPT } from '../src/ui/first-load-hint.ts';

export {
  cacheControlFor,
  HASHED_ASSETS_DIR,
  HASHED_ASSET_CACHE_CONTROL,
  OTHER_FILE_CACHE_CONTROL,
} from './cache-policy.mjs';

/** The one inline script of the page (issue 17: it asks for the first screen's texts and page code
 *  while the HTML is parsed), allowed by its hash, so no other inline script can run. */
export const FIRST_LOAD_HINT_HASH = `'sha256-${createHash('sha256').update(FIRST_LOAD_HINT_SCRIPT, 'utf8').digest('base64')}'`;

// The answers never leave the device (contract; issue 9): the built page may load nothing from
// another origin. Added at build time only, because the dev server injects an inline script.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' ${FIRST_LOAD_HINT_HASH}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

// A meta tag cannot forbid framing; only the header's frame-ancestors can.
export const HOSTING_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  // For browsers without frame-ancestors.
  'X-Frame-Options': 'DENY',
};
