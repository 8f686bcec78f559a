// What a PDF renderer needs under Node that the browser has built in: the font files (read from
// node_modules, the same files the app serves) and a DOM for svg2pdf.js (jsdom). Shared by the
// report and workshop commands.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { JSDOM } from 'jsdom';
import { fixedT } from '../i18n/setup';
import type { ReportFonts } from '../render/pdf/fonts';
import { renderReportPdf, type PdfLanguage } from '../render/pdf/render-report-pdf';
import { plainT } from '../render/resolve-text';
import type { ReportDocument } from '../report/blocks';

const require = createRequire(import.meta.url);
const fontFile = (path: string) => new Uint8Array(readFileSync(require.resolve(path)));

export function readReportFonts(): ReportFonts {
  return {
    regular: fontFile('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'),
    bold: fontFile('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'),
    arabic: fontFile('@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf'),
  };
}

let dom: JSDOM | undefined;

/** A jsdom document for svg2pdf.js. svg2pdf reads a few browser globals, so they are set once;
 *  jsdom has no layout, so getBBox answers an empty box (our charts give every text explicit x/y). */
export function nodeDocument(): Document {
  if (dom === undefined) {
    dom = new JSDOM('<!doctype html><html><body></body></html>');
    const w = dom.window;
    const g = globalThis as Record<string, unknown>;
    for (const name of [
      'window',
      'document',
      'DOMParser',
      'Node',
      'HTMLElement',
      'SVGElement',
      'XMLSerializer',
    ]) {
      if (g[name] === undefined)
        g[name] = name === 'window' ? w : (w as unknown as Record<string, unknown>)[name];
    }
    const proto = w.SVGElement.prototype as unknown as { getBBox?: () => DOMRect };
    proto.getBBox ??= () => ({ x: 0, y: 0, width: 0, height: 0 }) as DOMRect;
    // svg2pdf asks for a canvas to measure text and copes without one; jsdom would log
    // "not implemented" on every call.
    (w.HTMLCanvasElement.prototype as unknown as { getContext: () => null }).getContext = () => null;
  }
  return dom.window.document;
}

/** Renders a report as the browser's download does (Node's fonts and DOM) and writes it. */
export async function writeReportPdf(
  report: ReportDocument,
  language: PdfLanguage,
  out: string,
): Promise<void> {
  const bytes = await renderReportPdf(report, {
    language,
    fonts: readReportFonts(),
    tFor: (lang) => plainT(fixedT(lang, { strict: true })),
    document: nodeDocument(),
  });
  writeFileSync(out, bytes);
}
