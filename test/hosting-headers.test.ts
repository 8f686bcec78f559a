// Issue 16, defect 15: the ready configs for nginx, Apache and IIS send exactly the headers
// `npm start` sends, with framing forbidden.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HOSTING_HEADERS } from '../scripts/hosting-headers';
import viteConfig from '../vite.config';

const doc = (name: string) => readFileSync(new URL(`../docs/hosting/${name}`, import.meta.url), 'utf8');

describe('hosting headers', () => {
  it('forbid framing, sniffing, referrers and unused powerful features', () => {
    expect(HOSTING_HEADERS['Content-Security-Policy']).toContain("frame-ancestors 'none'");
    expect(HOSTING_HEADERS).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    });
    expect(HOSTING_HEADERS['Permissions-Policy']).toContain('camera=()');
  });

  it('are what `npm start` (vite preview) sends', () => {
    expect(viteConfig.preview?.headers).toEqual(HOSTING_HEADERS);
  });

  it.each([
    ['nginx.conf', (k: string, v: string) => `add_header ${k} "${v}" always;`],
    ['apache.conf', (k: string, v: string) => `Header always set ${k} "${v}"`],
    ['web.config', (k: string, v: string) => `<add name="${k}" value="${v}" />`],
  ])('are all in docs/hosting/%s, with the same values', (file, line) => {
    const text = doc(file);
    for (const [k, v] of Object.entries(HOSTING_HEADERS)) expect(text).toContain(line(k, v));
  });
});
