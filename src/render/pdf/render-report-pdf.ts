// ReportDocument → PDF bytes (issue 7). The same function serves the browser download and the
// CLI. jsPDF and its plugins are imported here dynamically, so they are loaded only when a PDF
// is asked for and never sit in the app's first download.
import type { jsPDF as JsPdfClass } from 'jspdf';
import {
  languagesOf,
  PDF_LANGUAGE_TAGS,
  type Language,
  type ReportLanguage,
} from '../../catalogue/languages';
import type { Block, ReportDocument } from '../../report/blocks';
import { createTranslator, type PlainT, type Translator } from '../resolve-text';
import { registerFonts, type ReportFonts } from './fonts';
import { BODY, COLOURS, CONTENT_WIDTH, PAGE, writeText, type PdfState } from './page';
import { drawLine } from './text-runs';
import { drawBlock, type PdfLibs } from './pdf-blocks';

export type PdfLanguage = ReportLanguage;

export interface RenderPdfOptions {
  readonly language: PdfLanguage;
  readonly fonts: ReportFonts;
  /** The texts of a language (i18next getFixedT in the browser, fixedT in the CLI). */
  readonly tFor: (lang: Language) => PlainT;
  /** The DOM svg2pdf.js draws from; in Node pass jsdom's. */
  readonly document?: Document;
}

async function loadLibs(document: Document): Promise<{ JsPdf: typeof JsPdfClass; libs: PdfLibs }> {
  const [{ jsPDF }, { autoTable }, { svg2pdf }] = await Promise.all([
    import('jspdf'),
    import('jspdf-autotable'),
    import('svg2pdf.js/dist/svg2pdf.es.min.js'),
  ]);
  return { JsPdf: jsPDF, libs: { autoTable, svg2pdf, document } };
}

function coverOf(report: ReportDocument): Extract<Block, { kind: 'cover' }> | undefined {
  return report.blocks.find((b): b is Extract<Block, { kind: 'cover' }> => b.kind === 'cover');
}

function drawCover(s: PdfState, report: ReportDocument, trs: readonly Translator[], both: boolean): number {
  const cover = coverOf(report);
  s.y = 100;
  for (const tr of trs) {
    s.tr = tr;
    if (cover !== undefined) {
      writeText(s, tr.text(cover.title), {
        style: { size: both ? 20 : 24, bold: true },
        colour: COLOURS.accent,
        spaceAfter: 14,
      });
      cover.lines.forEach((line, i) => {
        const last = i === cover.lines.length - 1;
        writeText(
          s,
          tr.text(line),
          last ? { style: { size: 9, bold: false }, colour: COLOURS.muted, spaceAfter: 10 } : {},
        );
      });
    }
    s.y += 10;
  }
  s.tr = trs[0] ?? s.tr;
  const languageLines =
    cover === undefined
      ? []
      : both
        ? trs.map((tr) => tr.text(cover.language.both))
        : [s.tr.text(cover.language.one)];
  for (const line of languageLines) writeText(s, line, { style: { ...BODY, bold: true }, spaceAfter: 2 });
  s.y += 20;
  return s.y;
}

/** Contents on the cover, filled in at the end when every part's page is known. */
function drawContents(s: PdfState, at: number): void {
  s.doc.setPage(1);
  s.y = at;
  for (const entry of s.contents) {
    s.doc.setFont('NotoSans', 'normal').setFontSize(BODY.size).setTextColor(COLOURS.text);
    s.doc.text(`${entry.title}`, PAGE.left, s.y + BODY.size);
    s.doc.text(String(entry.page), PAGE.width - PAGE.right, s.y + BODY.size, { align: 'right' });
    s.y += BODY.size * 1.5;
  }
}

function drawFooters(s: PdfState, report: ReportDocument, titles: Map<Translator, string>): void {
  const pages = s.doc.getNumberOfPages();
  for (let page = 1; page <= pages; page += 1) {
    const tr = s.pageLanguage.get(page) ?? s.tr;
    s.doc.setPage(page);
    s.doc.setFont('NotoSans', 'normal').setFontSize(8.5).setTextColor(COLOURS.muted);
    const y = PAGE.height - 36;
    drawLine(s.doc, titles.get(tr) ?? '', PAGE.left, y, CONTENT_WIDTH / 2, { size: 8.5, bold: false }, false);
    s.doc.setFont('NotoSans', 'normal').setFontSize(8.5);
    const pageNumber = tr.text({ ...report.frame.pageNumber, params: { page, pages } });
    s.doc.text(pageNumber, PAGE.width - PAGE.right, y, { align: 'right' });
  }
}

function addOutline(s: PdfState, report: ReportDocument, trs: readonly Translator[], both: boolean): void {
  for (const tr of trs) {
    const parent = both
      ? s.doc.outline.add(null, tr.text(report.frame.outlineLanguage), {
          pageNumber: s.contents.find((c) => c.lang === tr.language)?.page ?? 1,
        })
      : null;
    for (const entry of s.contents.filter((c) => c.lang === tr.language)) {
      s.doc.outline.add(parent, entry.title, { pageNumber: entry.page });
    }
  }
}

export async function renderReportPdf(
  report: ReportDocument,
  options: RenderPdfOptions,
): Promise<Uint8Array> {
  const { JsPdf, libs } = await loadLibs(options.document ?? globalThis.document);
  const languages = languagesOf(options.language);
  const both = languages.length > 1;
  const trs = languages.map((l) => createTranslator(l, options.tFor));
  const first = trs[0];
  if (first === undefined) throw new Error('No language');

  const doc = new JsPdf({ compress: true, format: 'a4', unit: 'pt' });
  registerFonts(doc, options.fonts);
  const s: PdfState = {
    doc,
    tr: first,
    y: PAGE.top,
    pageUsed: false,
    pageLanguage: new Map([[1, first]]),
    contents: [],
  };
  const contentsAt = drawCover(s, report, trs, both);
  s.pageUsed = true;

  for (const tr of trs) {
    s.tr = tr;
    for (const block of report.blocks) await drawBlock(s, libs, block);
  }

  const titles = new Map(trs.map((tr) => [tr, tr.text(report.title)]));
  drawContents(s, contentsAt);
  drawFooters(s, report, titles);
  addOutline(s, report, trs, both);
  doc.setProperties({
    title: trs.map((tr) => titles.get(tr)).join(' / '),
    subject: first.text(report.frame.subject),
    creator: first.text(report.frame.creator),
  });
  doc.setLanguage(PDF_LANGUAGE_TAGS[first.language]);
  return new Uint8Array(doc.output('arraybuffer'));
}
