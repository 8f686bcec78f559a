// Dependency direction (style.md §2) as one allow-list per layer, checked on the resolved path of
// every import: a relative path is resolved against the importing file first, so `../../ui/x`
// from any depth is caught (glob patterns over the import text are easy to get wrong). Proved by
// test/lint/layers.test.ts with deliberately bad imports.
import path from 'node:path';

const ANY = '*';

// The i18n modules that are plain functions over ids (no i18next): the report may use them.
const PURE_I18N = new Set(['i18n/keys', 'i18n/answer-text', 'i18n/format-number', 'i18n/message-key']);

const DOWN_TO_REPORT = ['catalogue', 'answers', 'assessment', 'group', 'report', 'i18n-pure'];
const DOWN_TO_RENDER = [...DOWN_TO_REPORT, 'i18n', 'render'];

/** layer → the layers it may import (its own included) and the packages it may import. */
export const LAYERS = {
  catalogue: { layers: ['catalogue'], packages: ['zod'] },
  answers: { layers: ['catalogue', 'answers'], packages: ['zod'] },
  assessment: { layers: ['catalogue', 'answers', 'assessment'], packages: ['zod'] },
  group: { layers: ['catalogue', 'answers', 'assessment', 'group'], packages: ['zod'] },
  'i18n-pure': { layers: ['catalogue', 'answers', 'i18n-pure'], packages: [] },
  report: { layers: DOWN_TO_REPORT, packages: ['zod'] },
  // The i18next runtime: resources, setup, the browser's loader.
  i18n: { layers: ['catalogue', 'i18n-pure', 'i18n', 'locales'], packages: ['i18next'] },
  render: { layers: DOWN_TO_RENDER, packages: ['i18next'] },
  'render/pdf': {
    layers: [...DOWN_TO_RENDER, 'render/pdf'],
    packages: ['i18next', 'jspdf', 'jspdf-autotable', 'svg2pdf.js'],
  },
  'render/screen': { layers: [...DOWN_TO_RENDER, 'render/screen'], packages: ['i18next', 'react'] },
  io: { layers: [...DOWN_TO_REPORT, 'i18n'], packages: ANY },
  ui: { layers: [...DOWN_TO_RENDER, 'render/pdf', 'render/screen', 'io', 'ui'], packages: ANY },
  cli: { layers: [...DOWN_TO_RENDER, 'render/pdf', 'cli', 'start-up'], packages: ANY },
  // src/main.tsx, the browser entry, wires everything together.
  entry: { layers: ANY, packages: ANY },
  'start-up': { layers: ['catalogue'], packages: ['zod'] },
};

/** The layer of a path relative to the project root, or undefined outside src/ and locales/. */
export function layerOf(file) {
  const p = file.split(path.sep).join('/');
  if (p.startsWith('locales/')) return 'locales';
  if (!p.startsWith('src/')) return undefined;
  // Import specifiers have no extension; file names do.
  const inSrc = p.slice('src/'.length).replace(/\.tsx?$/, '');
  if (inSrc === 'zod-config') return 'start-up';
  if (!inSrc.includes('/')) return 'entry';
  if (PURE_I18N.has(inSrc)) return 'i18n-pure';
  const [top, sub] = inSrc.split('/');
  if (top === 'render' && (sub === 'pdf' || sub === 'screen')) return `render/${sub}`;
  return top;
}

const packageName = (source) => {
  const parts = source.split('/');
  return source.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
};

const allows = (list, value) => list === ANY || list.includes(value);

export const layersRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Each layer imports only what style.md §2 allows it' },
    schema: [],
  },
  create(context) {
    const root = context.cwd;
    const file = path.relative(root, context.filename);
    const from = layerOf(file);
    if (from === undefined) return {};
    const rule = LAYERS[from];
    const check = (node, source) => {
      if (typeof source !== 'string') return;
      if (rule === undefined) {
        context.report({ node, message: `${file}: no layer of style.md §2 (add it to eslint-layers.js)` });
        return;
      }
      if (source.startsWith('.')) {
        const target = path.relative(root, path.resolve(path.dirname(context.filename), source));
        const to = layerOf(target) ?? 'outside src';
        // The key type is derived from the English texts' *type* (i18n/resources): a type-only
        // import loads nothing at run time, so the pure key builders may name it.
        const typeOnlyResources = from === 'i18n-pure' && to === 'i18n' && node.importKind === 'type';
        if (!allows(rule.layers, to) && !typeOnlyResources)
          context.report({ node, message: `${from} may not import ${to} ('${source}'; style.md §2)` });
      } else if (!allows(rule.packages, packageName(source))) {
        context.report({ node, message: `${from} may not import the package '${source}' (style.md §2)` });
      }
    };
    const fromSource = (node) => check(node, node.source?.value);
    return {
      ImportDeclaration: fromSource,
      ExportNamedDeclaration: fromSource,
      ExportAllDeclaration: fromSource,
      ImportExpression: (node) => check(node, node.source.type === 'Literal' ? node.source.value : undefined),
    };
  },
};
