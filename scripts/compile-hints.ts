// First visit on a phone (issue 17): V8 compiles a function only when it is first called, on the
// main thread, after a quick pre-parse of the whole file. Nearly every function of the start-up
// chunk and of the opened page runs before the first question is on screen, so that is parsing
// twice and compiling on the thread the page waits for. The magic comment `//# allFunctionsCalledOnLoad`
// at the top of a file (V8 explicit compile hints, Chrome 136+) asks V8 to compile the whole file
// at once, on a background thread while it streams in; other browsers ignore it. Measured with
// `npm run bench` (10 runs each way, Playwright-driven then): cold and repeat visit each about
// 100 ms faster.
//
// Given to the chunks that hold the entry's static imports or a lazily loaded page's: not to the
// PDF code, the texts (data only) or anything else loaded on demand, where eager compiling would
// be work for functions that may never run.
import type { Plugin, Rollup } from 'vite';
import { chunkFor, filesOf, PAGE_SOURCES } from './first-load-preloads.ts';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

export function compileHints(): Plugin {
  return {
    name: 'partnership-mirror:compile-hints',
    apply: 'build',
    // After minifying (which drops comments) and after Vite put its own line at the top.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const chunks = Object.values(bundle).filter((f): f is Rollup.OutputChunk => f.type === 'chunk');
        // The entry and each page, with the chunks they import: what runs before the first screen.
        const roots = [
          ...chunks.filter((c) => c.isEntry),
          ...Object.values(PAGE_SOURCES).map((s) => chunkFor(chunks, s)),
        ];
        const firstLoad = new Set(roots.flatMap((chunk) => filesOf(chunk, bundle)));
        for (const file of chunks) {
          if (!firstLoad.has(file.fileName)) continue;
          file.code = `${COMPILE_HINT}\n${file.code}`;
          // One line more at the top: the source map's lines move down by one.
          const map = bundle[`${file.fileName}.map`];
          if (map?.type === 'asset' && typeof map.source === 'string') {
            const json = JSON.parse(map.source) as { mappings: string };
            map.source = JSON.stringify({ ...json, mappings: `;${json.mappings}` });
          }
          if (file.map) file.map.mappings = `;${file.map.mappings}`;
        }
      },
    },
  };
}
