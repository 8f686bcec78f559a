// The headers and the page's Content Security Policy, in one place (issue 16, defect 15): used by
// vite.config.ts (the meta tag, and `npm start` = vite preview) and copied into the ready configs
// in docs/hosting/, which test/hosting-headers.test.ts keeps equal to this file.

// The answers never leave the device (contract; issue 9): the built page may load nothing from
// another origin. Added at build time only, because the dev server injects an inline script.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
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
