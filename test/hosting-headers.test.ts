// Issue 16, defect 15: the ready configs for nginx, Apache and IIS send exactly the headers
// `npm start` sends, with framing forbidden. Issue 17: they cache the hashed files for a year and
// revalidate the rest; the policy allows exactly one inline script, the first-load hint.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  cacheControlFor,
  CONTENT_SECURITY_POLICY,
  HASHED_ASSET_CACHE_CONTROL,
  HOSTING_HEADERS,
  OTHER_FILE_CACHE_CONTROL,
} from '../scripts/hosting-headers';
import { FIRST_LOAD_HINT_SCRIPT } from '../src/ui/first-load-hint';
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

  it('allow no inline script but the first-load hint, by the hash of its exact text', () => {
    const hash = createHash('sha256').update(FIRST_LOAD_HINT_SCRIPT, 'utf8').digest('base64');
    const scriptSrc = CONTENT_SECURITY_POLICY.split('; ').find((d) => d.startsWith('script-src '));
    expect(scriptSrc).toBe(`script-src 'self' 'sha256-${hash}'`);
  });

  it.each([
    ['/assets/index-AbC123.js', HASHED_ASSET_CACHE_CONTROL],
    ['/app/assets/QuestionnairePage-x.css', HASHED_ASSET_CACHE_CONTROL],
    ['/', OTHER_FILE_CACHE_CONTROL],
    ['/index.html', OTHER_FILE_CACHE_CONTROL],
    ['/sw.js', OTHER_FILE_CACHE_CONTROL],
    ['/registerSW.js', OTHER_FILE_CACHE_CONTROL],
  ])('cache %s with "%s"', (path, expected) => {
    expect(cacheControlFor(path)).toBe(expected);
  });

  it('keep hashed files a year and make browsers ask again for the rest', () => {
    expect(HASHED_ASSET_CACHE_CONTROL).toBe('public, max-age=31536000, immutable');
    expect(OTHER_FILE_CACHE_CONTROL).toBe('no-cache');
  });

  it.each([
    ['nginx.conf', (v: string) => `add_header Cache-Control "${v}" always;`, 'location /assets/ {'],
    ['apache.conf', (v: string) => `Header always set Cache-Control "${v}"`, '/assets/#'],
    ['web.config', () => '', '<location path="assets">'],
  ])('cache as the policy says in docs/hosting/%s', (file, line, assetsRule) => {
    const text = doc(file);
    expect(text).toContain(assetsRule);
    if (file === 'web.config') {
      expect(text).toContain('<clientCache cacheControlMode="DisableCache" />');
      expect(text).toContain('cacheControlMaxAge="365.00:00:00" cacheControlCustom="public, immutable"');
      return;
    }
    expect(text).toContain(line(OTHER_FILE_CACHE_CONTROL));
    const assetsBlock = text.slice(text.indexOf(assetsRule));
    expect(assetsBlock).toContain(line(HASHED_ASSET_CACHE_CONTROL));
  });

  it('in nginx, repeat the security headers where the assets are cached (a location drops them)', () => {
    const text = doc('nginx.conf');
    const assetsBlock = text.slice(text.indexOf('location /assets/ {'));
    for (const [k, v] of Object.entries(HOSTING_HEADERS))
      expect(assetsBlock).toContain(`add_header ${k} "${v}" always;`);
  });
});
