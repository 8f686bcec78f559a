// First visit on a phone (issue 17): the NL Design System CSS (the whole Utrecht component library
// and every token of the theme, ~47 kB gzip) blocks the first render, yet the app uses a few dozen
// components. At build time PurgeCSS keeps only the rules of src/ui/design-system.css whose
// selectors occur in our code or in the @utrecht React packages we render with, and only the
// theme tokens those rules (or our own stylesheets) use. A municipality's own theme, imported in
// that file instead, is purged the same way.
//
// It runs before Vite compiles the CSS, not on the finished bundle: the file's hashed name is then
// computed from what is really shipped, so an `immutable` cache never keeps a stale copy under an
// unchanged name.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PurgeCSS } from 'purgecss';
import type { Plugin } from 'vite';

export const PURGED_STYLESHEET = 'src/ui/design-system.css';

// Where class names are written: our code, and the React components of the NL Design System.
const CONTENT = ['index.html', 'src/**/*.{ts,tsx}', 'node_modules/@utrecht/*-react/dist/*.mjs'];
// Our own stylesheets (every .css under src/): the theme tokens they use must stay.
const OWN_STYLESHEETS = 'src';

// Class names built at run time from a prefix, which no scan can see as a whole word.
const BUILT_CLASS_NAMES = [
  /^utrecht-heading-[1-6]$/, // `utrecht-heading-${level}` (render/screen/ReportView.tsx)
  /^utrecht-button--/, // `utrecht-button--${appearance}` (ui/io/FileDropZone.tsx)
  /^utrecht-form-label--/, // `utrecht-form-label--${type}` (@utrecht/form-label-react)
];

const KEEP_RULE = 'pm-purge-keep-tokens';

/** A rule that uses every token our own stylesheets use (PurgeCSS then keeps them and the tokens
 *  they refer to); it is taken out again after purging. */
function keepTokensRule(): string {
  const used = new Set<string>();
  const files = readdirSync(OWN_STYLESHEETS, { recursive: true, encoding: 'utf8' });
  for (const file of files.filter((f) => f.endsWith('.css'))) {
    for (const m of readFileSync(join(OWN_STYLESHEETS, file), 'utf8').matchAll(/var\((--[\w-]+)/g))
      used.add(m[1] ?? '');
  }
  const uses = [...used].map((name) => `var(${name})`).join(' ');
  return `.${KEEP_RULE}{content:${uses === '' ? 'none' : uses}}`;
}

export async function purgeCss(css: string): Promise<string> {
  const [result] = await new PurgeCSS().purge({
    content: CONTENT,
    // PurgeCSS sees `var(--name` only without line breaks; the Utrecht CSS wraps long var() chains.
    css: [{ raw: `${css.replace(/var\(\s*(--[\w-]+)\s*([,)])/g, 'var($1$2')}\n${keepTokensRule()}` }],
    variables: true,
    keyframes: true,
    fontFace: true,
    safelist: { standard: ['html', 'body', KEEP_RULE, ...BUILT_CLASS_NAMES] },
  });
  if (result === undefined) throw new Error(`PurgeCSS returned nothing for ${PURGED_STYLESHEET}`);
  return result.css.replace(new RegExp(`\\.${KEEP_RULE}\\s*\\{[^}]*\\}`), '');
}

/** Inlines the @imports of src/ui/design-system.css (dropping their @charset, which may only open
 *  a file) and, in a production build, purges the result. */
export function purgeUnusedCss(): Plugin {
  let build = false;
  return {
    name: 'partnership-mirror:purge-unused-css',
    enforce: 'pre',
    configResolved: (config) => {
      build = config.command === 'build';
    },
    async transform(code, id) {
      if (!id.replaceAll('\\', '/').endsWith(PURGED_STYLESHEET)) return null;
      const parts: string[] = [];
      for (const [, specifier] of code.matchAll(/@import\s+['"]([^'"]+)['"]\s*;/g)) {
        const resolved = await this.resolve(specifier ?? '', id);
        if (resolved === null) this.error(`Cannot resolve ${specifier} in ${PURGED_STYLESHEET}`);
        parts.push(readFileSync(resolved.id, 'utf8').replace(/@charset\s+"[^"]*";/g, ''));
      }
      const css = parts.join('\n');
      return { code: build ? await purgeCss(css) : css, map: null };
    },
  };
}
