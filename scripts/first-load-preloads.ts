// Writes the first-load hint into the built index.html (issue 17; src/ui/first-load-hint.ts says
// why): the inline script, and as JSON the built files of each language's texts and each lazily
// loaded page (with the chunks and CSS they import that index.html does not load already).
import type { Plugin, Rollup } from 'vite';
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from '../src/catalogue/languages.ts';
import { LANGUAGE_KEY } from '../src/io/preferences.ts';
import {
  FIRST_LOAD_DATA_ID,
  FIRST_LOAD_HINT_SCRIPT,
  PAGES_WITH_ALL_LANGUAGES,
  PAGE_OF_SEGMENT,
  type FirstLoadData,
} from '../src/ui/first-load-hint.ts';
import type { PageModuleName } from '../src/ui/page-modules';

// The modules page-modules.ts and i18n/load-language.ts import lazily.
export const PAGE_SOURCES: Record<PageModuleName, string> = {
  questionnaire: 'src/ui/QuestionnairePage.tsx',
  report: 'src/ui/ReportPage.tsx',
  workshop: 'src/ui/WorkshopPage.tsx',
};
const languageSource = (language: Language) => `src/i18n/resources-${language}.ts`;

/** The files a chunk needs before it can run, in fetch order: itself first. */
export function filesOf(chunk: Rollup.OutputChunk, bundle: Rollup.OutputBundle): string[] {
  const files = new Set<string>();
  const visit = (c: Rollup.OutputChunk) => {
    if (files.has(c.fileName)) return;
    files.add(c.fileName);
    for (const css of c.viteMetadata?.importedCss ?? []) files.add(css);
    for (const name of c.imports) {
      const imported = bundle[name];
      if (imported?.type === 'chunk') visit(imported);
    }
  };
  visit(chunk);
  return [...files];
}

/** The chunk whose facade is the module at `source` (a path ending, as in PAGE_SOURCES). */
export function chunkFor(chunks: readonly Rollup.OutputChunk[], source: string): Rollup.OutputChunk {
  const chunk = chunks.find((c) => c.facadeModuleId?.replaceAll('\\', '/').endsWith(source));
  if (chunk === undefined) throw new Error(`first-load: no chunk for ${source}`);
  return chunk;
}

export function firstLoadPreloads(): Plugin {
  let base = '/';
  return {
    name: 'partnership-mirror:first-load-preloads',
    apply: 'build',
    configResolved: (config) => {
      base = config.base;
    },
    transformIndexHtml: {
      // After Vite has named the entry and its modulepreloads in the page.
      order: 'post',
      handler(html, ctx): string {
        const bundle = ctx.bundle;
        if (bundle === undefined) return html;
        const chunks = Object.values(bundle).filter((f): f is Rollup.OutputChunk => f.type === 'chunk');
        const inPage = new Set([...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]));
        const filesFor = (source: string): string[] =>
          filesOf(chunkFor(chunks, source), bundle)
            .map((file) => `${base}${file}`)
            .filter((url) => !inPage.has(url));
        const data: FirstLoadData = {
          languageKey: LANGUAGE_KEY,
          defaultLanguage: DEFAULT_LANGUAGE,
          languages: Object.fromEntries(LANGUAGES.map((l) => [l, filesFor(languageSource(l))])) as Record<
            Language,
            string[]
          >,
          segments: PAGE_OF_SEGMENT,
          pages: Object.fromEntries(
            Object.entries(PAGE_SOURCES).map(([page, source]) => [page, filesFor(source)]),
          ),
          allLanguages: PAGES_WITH_ALL_LANGUAGES,
        };
        // After the bundle's own script and modulepreloads (they are asked for first), before the
        // stylesheets: an inline script after a stylesheet would wait until that has loaded.
        const stylesheet = html.indexOf('<link rel="stylesheet"');
        const at = stylesheet >= 0 ? stylesheet : html.indexOf('</head>');
        // File names only; `<` is escaped anyway so no text can close the element.
        const json = JSON.stringify(data).replaceAll('<', '\\u003c');
        const hint =
          `<script type="application/json" id="${FIRST_LOAD_DATA_ID}">${json}</script>\n` +
          `    <script>${FIRST_LOAD_HINT_SCRIPT}</script>\n    `;
        return html.slice(0, at) + hint + html.slice(at);
      },
    },
  };
}
