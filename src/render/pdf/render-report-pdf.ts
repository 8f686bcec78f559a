// ReportDocument → PDF bytes (issue 7, issue 18). The same function serves the browser download
// and the CLI. jsPDF and svg2pdf are imported here dynamically, so they are loaded only when a
// PDF is asked for and never sit in the app's first download.
import type { jsPDF as JsPdfClass } from 'jspdf';
import {
  languagesOf,
  PDF_LANGUAGE_TAGS,
  type Language,
  type ReportLanguage,
} from '../../catalogue/languages';
import type { Block, ReportDocument } from '../../report/blocks';
import { COLOURS, FONTS, PDF_SIZES } from '../../report/theme';
import { createTranslator, type PlainT, type Translator } from '../resolve-text';
import { registerFonts, type ReportFonts } from './fonts';
import { BODY, CONTENT_BOTTOM, CONTENT_WIDTH, PAGE, flow, newPage, textUnits, type PdfState } from './page';
import { drawBlocks, type PdfLibs } from './pdf-blocks';
import { drawLine, measure, truncate } from './text-runs';

export type PdfLanguage = ReportLanguage;

export interface RenderPdfOptions {
  readonly language: PdfLanguage;
  readonly fonts: ReportFonts;
  /** The texts of a language (i18next getFixedT in the browser, fixedT in the CLI). */
  readonly tFor: (lang: Language) => PlainT;
  /** The DOM svg2pdf.js draws from; in Node pass jsdom's. */
  readonly document?: Document;
}

const CONTENTS_LINE = BODY.size * 1.55;
const FOOTER = { size: PDF_SIZES.footer, bold: false };

async function loadLibs(document: Document): Promise<{ JsPdf: typeof JsPdfClass; libs: PdfLibs }> {
  const [{ jsPDF }, { svg2pdf }] = await Promise.all([
    import('jspdf'),
    import('svg2pdf.js/dist/svg2pdf.es.min.js'),
  ]);
  return { JsPdf: jsPDF, libs: { svg2pdf, document } };
}

function coverOf(report: ReportDocument): Extract<Block, { kind: 'cover' }> | undefined {
  return report.blocks.find((b): b is Extract<Block, { kind: 'cover' }> => b.kind === 'cover');
}

async function drawCover(
  s: PdfState,
  report: ReportDocument,
  trs: readonly Translator[],
  both: boolean,
): Promise<void> {
  const cover = coverOf(report);
  s.y = 90;
  for (const tr of trs) {
    s.tr = tr;
    if (cover === undefined) continue;
    const lines = cover.lines.flatMap((line, i) =>
      textUnits(
        s,
        tr.text(line),
        i === cover.lines.length - 1
          ? { style: { size: PDF_SIZES.small, bold: false }, colour: COLOURS.muted, gapBefore: 8 }
          : { gapBefore: 4 },
      ),
    );
    await flow(s, [
      ...textUnits(s, tr.text(cover.title), {
        style: { size: both ? PDF_SIZES.coverTitleBoth : PDF_SIZES.coverTitle, bold: true },
        colour: COLOURS.accent,
        gapBefore: 0,
      }),
      ...lines,
    ]);
    s.y += 16;
  }
  s.tr = trs[0] ?? s.tr;
  const languageLines =
    cover === undefined
      ? []
      : both
        ? trs.map((tr) => tr.text(cover.language.both))
        : [s.tr.text(cover.language.one)];
  await flow(
    s,
    languageLines.flatMap((line) => textUnits(s, line, { style: { ...BODY, bold: true }, gapBefore: 4 })),
  );
  s.y += 18;
}

/** How many part titles the document has (per language, plus the closing parts once). */
function contentsCount(report: ReportDocument, languages: number, both: boolean): number {
  const sections = (blocks: readonly Block[]) => blocks.filter((b) => b.kind === 'section').length;
  const closing =
    report.closing === undefined ? 0 : sections(both ? report.closing.bilingual : report.closing.single);
  return sections(report.blocks) * languages + closing;
}

/** Space between the contents and the first part on the front page. */
const CONTENTS_GAP = 8;

/** Contents on the cover, filled in at the end when every part's page is known; a long list
 *  continues on the reserved second page. Each entry links to its page. */
function drawContents(s: PdfState, at: number, overflowPage: number | null): void {
  let page = 1;
  let y = at;
  s.doc.setPage(page);
  for (const entry of s.contents) {
    if (y + CONTENTS_LINE > CONTENT_BOTTOM && overflowPage !== null && page === 1) {
      page = overflowPage;
      y = PAGE.top;
      s.doc.setPage(page);
    }
    const number = String(entry.page);
    s.doc.setFont(FONTS.latin, 'normal').setFontSize(BODY.size).setTextColor(COLOURS.text);
    const numberWidth = s.doc.getTextWidth(number);
    const title = truncate(s.doc, entry.title, CONTENT_WIDTH - numberWidth - 24, BODY);
    drawLine(s.doc, title, PAGE.left, y + BODY.size, CONTENT_WIDTH, BODY, false);
    s.doc.setFont(FONTS.latin, 'normal').setFontSize(BODY.size);
    s.doc.text(number, PAGE.width - PAGE.right, y + BODY.size, { align: 'right' });
    s.doc.link(PAGE.left, y, CONTENT_WIDTH, CONTENTS_LINE, { pageNumber: entry.page });
    y += CONTENTS_LINE;
  }
}

/** Footer on every page: the title, cut with an ellipsis to leave room for the page number. */
function drawFooters(s: PdfState, report: ReportDocument, titles: Map<Translator, string>): void {
  const pages = s.doc.getNumberOfPages();
  const y = PAGE.height - 32;
  for (let page = 1; page <= pages; page += 1) {
    const tr = s.pageLanguage.get(page) ?? s.tr;
    s.doc.setPage(page);
    const number = tr.text({ ...report.frame.pageNumber, params: { page, pages } });
    const numberWidth = measure(s.doc, number, FOOTER);
    const title = truncate(s.doc, titles.get(tr) ?? '', CONTENT_WIDTH - numberWidth - 24, FOOTER);
    s.doc.setTextColor(COLOURS.muted);
    drawLine(s.doc, title, PAGE.left, y, CONTENT_WIDTH - numberWidth - 24, FOOTER, false);
    s.doc.setFont(FONTS.latin, 'normal').setFontSize(FOOTER.size).setTextColor(COLOURS.muted);
    s.doc.text(number, PAGE.width - PAGE.right, y, { align: 'right' });
  }
  s.doc.setTextColor(COLOURS.text);
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
  // The bilingual closing parts are recorded under the first language with a "closing" marker.
  for (const entry of s.contents.filter((c) => c.lang === 'closing')) {
    s.doc.outline.add(null, entry.title, { pageNumber: entry.page });
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
  await drawCover(s, report, trs, both);
  const contentsAt = s.y;
  const needed = contentsCount(report, trs.length, both) * CONTENTS_LINE;
  // A contents list too long for the cover continues on a page of its own, reserved now.
  const overflowPage = contentsAt + needed > CONTENT_BOTTOM ? 2 : null;
  if (overflowPage !== null) newPage(s);
  else {
    // The first steps begin on the front page, under the contents (content-model-v2 §4: the
    // first page says what to do first); a part with too little room left moves on as always.
    s.y = contentsAt + needed + CONTENTS_GAP;
    s.pageUsed = true;
  }

  for (const [i, tr] of trs.entries()) {
    s.tr = tr;
    // Each further language starts on a page of its own.
    if (i > 0 || overflowPage !== null) newPage(s);
    await drawBlocks(s, libs, report.blocks);
  }
  if (report.closing !== undefined) {
    // The closing parts follow on (their first title still keeps its room, like every part).
    s.tr = first;
    const closingStart = s.contents.length;
    await drawBlocks(s, libs, both ? report.closing.bilingual : report.closing.single);
    if (both) for (const entry of s.contents.slice(closingStart)) entry.lang = 'closing';
  }

  const titles = new Map(trs.map((tr) => [tr, tr.text(report.title)]));
  drawContents(s, contentsAt, overflowPage);
  drawFooters(s, report, titles);
  addOutline(s, report, trs, both);
  doc.setProperties({
    title: trs.map((tr) => titles.get(tr)).join(' / '),
    subject: trs.map((tr) => tr.text(report.frame.subject)).join(' / '),
    creator: first.text(report.frame.creator),
  });
  // The main language: the only one, or Dutch (the first part) in a bilingual file.
  doc.setLanguage(PDF_LANGUAGE_TAGS[first.language]);
  doc.viewerPreferences({ DisplayDocTitle: true });
  return new Uint8Array(doc.output('arraybuffer'));
}
