// The tool's own licence (EUPL-1.2, issue 17) and the licences of what ships with it: a dependency
// under a licence the about page does not name fails here until the page is brought up to date.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import enAbout from '../locales/en/ui/about.json';
import pkg from '../package.json';

const licenceOf = (name: string): string =>
  (JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')) as { license: string }).license;

describe('licences', () => {
  it('puts the tool under the EUPL 1.2, with the full text in LICENSE', () => {
    expect(pkg.license).toBe('EUPL-1.2');
    const text = readFileSync('LICENSE', 'utf8');
    expect(text.startsWith('EUROPEAN UNION PUBLIC LICENCE v. 1.2')).toBe(true);
    // The whole licence, up to its appendix of compatible licences, not a summary.
    expect(text).toMatch(/15\.Applicable Law/);
    expect(text).toMatch(/Appendix[\s\S]*Compatible Licences/);
    expect(enAbout.licence).toContain('EUPL-1.2');
  });

  it('names on the about page the licence of every runtime dependency', () => {
    // Each licence found in node_modules, and the words the about page must use for it.
    const named: Record<string, [string, string[]]> = {
      'EUPL-1.2': [enAbout.licences.components, ['EUPL-1.2']],
      MIT: [enAbout.licences.libraries, ['MIT']],
      'MIT AND OFL-1.1': [enAbout.licences.fonts, ['SIL Open Font License 1.1', 'MIT']],
    };
    for (const name of Object.keys(pkg.dependencies)) {
      const licence = licenceOf(name);
      const entry = named[licence];
      expect(entry, `${name} is under ${licence}, which the about page does not name`).toBeDefined();
      for (const words of entry?.[1] ?? []) expect(entry?.[0]).toContain(words);
    }
    // Bundled through jsPDF, under licences of their own.
    expect(licenceOf('pako')).toBe('(MIT AND Zlib)');
    expect(enAbout.licences.pako).toMatch(/MIT.*zlib/);
    expect(licenceOf('dompurify')).toBe('(MPL-2.0 OR Apache-2.0)');
    expect(enAbout.licences.dompurify).toMatch(/Apache License 2\.0 or Mozilla Public License 2\.0/);
  });
});
