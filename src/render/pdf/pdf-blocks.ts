// ReportDocument blocks → jsPDF drawing. One exhaustive switch (style.md §6); a block kind this
// file does not handle fails to compile.
import type { autoTable as AutoTable } from 'jspdf-autotable';
import type { svg2pdf as Svg2pdf } from 'svg2pdf.js';
import { assertNever, type AnswerItem, type Block, type Cell, type Text } from '../../report/blocks';
import { chartSvg } from '../../report/charts/chart-svg';
import { ARABIC, LATIN } from './fonts';
import { BODY, COLOURS, CONTENT_WIDTH, LINE, PAGE, ensure, newPage, writeText, type PdfState } from './page';
import { svgToDom } from './svg-to-dom';
import { hasArabic, wrap } from './text-runs';

export interface PdfLibs {
  readonly autoTable: typeof AutoTable;
  readonly svg2pdf: typeof Svg2pdf;
  /** The DOM svg2pdf reads (the page's document in the browser, jsdom's in Node). */
  readonly document: Document;
}

const H2 = { size: 14, bold: true };
const H3 = { size: 11.5, bold: true };
const SMALL = { size: 9, bold: false };

const LABEL = { size: 9.5, bold: true };

/** Question and answer stay on one page; a long answer at least starts with its question. */
function answers(s: PdfState, items: readonly AnswerItem[]): void {
  for (const item of items) {
    const label = s.tr.text(item.label);
    const answer = s.tr.answer(item.parts);
    const labelLines = wrap(s.doc, label, CONTENT_WIDTH, LABEL).length;
    const answerLines = wrap(s.doc, answer, CONTENT_WIDTH - 12, BODY).length;
    ensure(s, labelLines * LABEL.size * LINE + 2 + Math.min(answerLines, 3) * BODY.size * LINE);
    writeText(s, label, { style: LABEL, spaceAfter: 2 });
    writeText(s, answer, { indent: 12, spaceAfter: 8 });
  }
}

function bulletList(s: PdfState, items: readonly string[]): void {
  for (const item of items) {
    ensure(s, BODY.size * 1.4);
    s.doc
      .setFont(LATIN, 'normal')
      .setFontSize(BODY.size)
      .text('•', PAGE.left + 4, s.y + BODY.size);
    writeText(s, item, { indent: 16, spaceAfter: 4 });
  }
  s.y += 4;
}

function table(
  s: PdfState,
  libs: PdfLibs,
  head: readonly Text[],
  rows: readonly (readonly Cell[])[],
  widths?: readonly number[],
): void {
  const columnStyles = Object.fromEntries(
    (widths ?? []).map((w, i) => [i, { cellWidth: w * CONTENT_WIDTH }]),
  );
  libs.autoTable(s.doc, {
    startY: s.y,
    margin: { left: PAGE.left, right: PAGE.right, top: PAGE.top, bottom: PAGE.bottom },
    head: [head.map((h) => s.tr.text(h))],
    body: rows.map((row) => row.map((c) => s.tr.cell(c))),
    showHead: 'everyPage',
    rowPageBreak: 'avoid',
    styles: { font: LATIN, fontSize: 9, overflow: 'linebreak', cellPadding: 4, textColor: COLOURS.text },
    headStyles: { fontStyle: 'bold', fillColor: COLOURS.accent, textColor: '#ffffff' },
    columnStyles,
    // Arabic in a cell: its own font, right-aligned (jsPDF shapes it; no setR2L).
    didParseCell: (data) => {
      if (hasArabic(data.cell.text.join(' '))) {
        data.cell.styles.font = ARABIC;
        data.cell.styles.fontStyle = 'normal';
        data.cell.styles.halign = 'right';
      }
    },
    didDrawPage: () => {
      s.pageLanguage.set(s.doc.getNumberOfPages(), s.tr);
    },
  });
  const finalY = (s.doc as unknown as { lastAutoTable?: { finalY?: number } }).lastAutoTable?.finalY;
  s.y = (finalY ?? s.y) + 14;
  s.pageUsed = true;
}

async function chart(s: PdfState, libs: PdfLibs, block: Extract<Block, { kind: 'chart' }>): Promise<void> {
  const root = chartSvg(block.chart, (t) => s.tr.text(t));
  const w = Number(root.attrs.width);
  const h = Number(root.attrs.height);
  const scale = Math.min(1, CONTENT_WIDTH / w);
  ensure(s, h * scale + 30);
  const svg = svgToDom(root, libs.document, (content, size, bold) => {
    s.doc.setFont(LATIN, bold ? 'bold' : 'normal').setFontSize(size);
    return s.doc.getTextWidth(content);
  });
  // svg2pdf measures text through the live DOM; attach off-screen for the drawing only.
  const holder = libs.document.createElement('div');
  holder.setAttribute('style', 'position:absolute;left:-10000px;top:0');
  holder.appendChild(svg);
  libs.document.body.appendChild(holder);
  try {
    await libs.svg2pdf(svg, s.doc, { x: PAGE.left, y: s.y, width: w * scale, height: h * scale });
  } finally {
    holder.remove();
  }
  s.y += h * scale + 6;
  s.pageUsed = true;
  writeText(s, s.tr.text(block.caption), { style: SMALL, colour: COLOURS.muted, spaceAfter: 14 });
}

/** Height of a recommendation's "what you can do" part: heading, actions and source. */
function actionsHeight(s: PdfState, block: Extract<Block, { kind: 'recommendation' }>): number {
  const lines = (content: string, size: number, indent = 0) =>
    wrap(s.doc, content, CONTENT_WIDTH - indent, { size, bold: false }).length * size * LINE;
  const actions =
    block.actions.length === 0 ? [s.tr.text(block.noActions)] : block.actions.map((a) => s.tr.text(a));
  return (
    H3.size * LINE +
    4 +
    actions.reduce((sum, a) => sum + lines(a, BODY.size, 16) + 4, 0) +
    lines(s.tr.text(block.source), SMALL.size) +
    12
  );
}

export async function drawBlock(s: PdfState, libs: PdfLibs, block: Block): Promise<void> {
  switch (block.kind) {
    case 'cover':
      // The cover is drawn by render-report-pdf (it is bilingual for 'both').
      return;
    case 'section': {
      if (s.pageUsed) newPage(s);
      const title = s.tr.text(block.title);
      s.contents.push({ title, page: s.doc.getNumberOfPages(), lang: s.tr.language });
      writeText(s, title, { style: { size: 20, bold: true }, colour: COLOURS.accent, spaceAfter: 12 });
      return;
    }
    case 'heading':
      s.y += block.level === 2 ? 10 : 4;
      writeText(s, s.tr.text(block.text), {
        style: block.level === 2 ? H2 : H3,
        spaceAfter: 6,
        keepWithNext: 40,
      });
      return;
    case 'paragraph':
      writeText(s, s.tr.text(block.text), { style: block.strong === true ? { ...BODY, bold: true } : BODY });
      return;
    case 'list':
      bulletList(
        s,
        block.items.map((i) => s.tr.text(i)),
      );
      return;
    case 'table':
      writeText(s, s.tr.text(block.caption), {
        style: { size: 9.5, bold: true },
        spaceAfter: 4,
        keepWithNext: 40,
      });
      table(s, libs, block.head, block.rows, block.widths);
      return;
    case 'chart':
      await chart(s, libs, block);
      return;
    case 'answers':
      answers(s, block.items);
      return;
    case 'recommendation':
      s.y += 12;
      writeText(s, s.tr.text(block.title), {
        style: H2,
        colour: COLOURS.accent,
        spaceAfter: 4,
        keepWithNext: 60,
      });
      writeText(s, s.tr.text(block.priority), { style: { ...BODY, bold: true } });
      writeText(s, s.tr.text(block.summary));
      if (block.because.length > 0) {
        writeText(s, s.tr.text(block.becauseTitle), {
          style: H3,
          spaceAfter: 4,
          keepWithNext: 30,
        });
        answers(s, block.because);
      }
      // A short action list stays with its heading and the source line below it.
      ensure(s, Math.min(actionsHeight(s, block), 220));
      writeText(s, s.tr.text(block.actionsTitle), {
        style: H3,
        spaceAfter: 4,
        keepWithNext: 30,
      });
      if (block.actions.length === 0) writeText(s, s.tr.text(block.noActions));
      else
        bulletList(
          s,
          block.actions.map((a) => s.tr.text(a)),
        );
      writeText(s, s.tr.text(block.source), { style: SMALL, colour: COLOURS.muted });
      return;
    default:
      return assertNever(block);
  }
}
