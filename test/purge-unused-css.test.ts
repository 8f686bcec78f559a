// Issue 17: the build ships only the NL Design System rules and tokens the app uses — and all of
// those, including the ones our own stylesheets and the @utrecht React components depend on.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { purgeCss } from '../scripts/purge-unused-css';

const read = (path: string) => readFileSync(new URL(`../node_modules/${path}`, import.meta.url), 'utf8');
const designSystem = () =>
  [
    read('@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css'),
    read('@utrecht/component-library-css/dist/index.css'),
  ].join('\n');

let full = '';
let purged = '';
beforeAll(async () => {
  full = designSystem();
  purged = await purgeCss(full);
}, 30_000);

describe('purgeCss', () => {
  it('drops most of the design system', () => {
    expect(purged.length).toBeLessThan(full.length / 2);
    expect(purged).not.toContain('.utrecht-accordion');
    expect(purged).not.toContain('.utrecht-calendar');
  });

  it.each([
    '.utrecht-button--primary-action', // written in our code
    '.utrecht-radio-button', // set by @utrecht/radio-button-react
    '.utrecht-form-label--checkbox', // built from a prefix by @utrecht/form-label-react
    '.utrecht-heading-4', // built from a prefix by render/screen/ReportView.tsx
    '.voorbeeld-theme',
  ])('keeps %s', (selector) => {
    expect(purged).toContain(selector);
  });

  it('keeps a token used only inside a wrapped var() chain (the invalid text box border)', () => {
    expect(full).toMatch(/var\(\s*\n\s*--utrecht-textbox-invalid-border-width/);
    expect(purged).toContain('--utrecht-textbox-invalid-border-width:');
  });

  it('keeps the tokens our own stylesheets use, and what they refer to', () => {
    expect(purged).toContain('--utrecht-link-color:');
    expect(purged).toContain('--basis-color-action-2-color-default:');
  });

  it('leaves no trace of its helper rule', () => {
    expect(purged).not.toContain('pm-purge-keep-tokens');
  });
});
