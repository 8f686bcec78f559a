// Tables drawn as flow units (issue 18, item 4): the head is a unit, each row is cut into bands of
// one line each, so a very long answer can continue on the next page while short rows stay whole.
// Rules: the head stays with the first two rows; the last two rows stay together; after a break
// the head is drawn again; a head cell never breaks inside a word (its size shrinks instead).
import type { Cell, Text } from '../../report/blocks';
import { COLOURS, PDF_SIZES } from '../../report/theme';
import { CONTENT_WIDTH, PAGE, type DrawUnit, type PdfState } from './page';
import { drawLine, isRtl, measure, wrap, type Style } from './text-runs';

const PAD = 2;
/** Table lines sit a little closer than body lines. */
const TABLE_LINE = 1.2;
const CELL: Style = { size: PDF_SIZES.table, bold: false };
const LABEL: Style = { size: PDF_SIZES.table, bold: true };
/** A row with more lines than this may break inside (at least two lines on either side). */
const SPLIT_ROW_LINES = 6;
const MIN_HEAD_SIZE = 6.5;

interface CellLine {
  readonly text: string;
  readonly style: Style;
  readonly colour: string;
  readonly rtl: boolean;
}

function cellLines(s: PdfState, cell: Cell, width: number): CellLine[] {
  const lines = (content: string, style: Style, colour: string): CellLine[] => {
    const rtl = isRtl(content);
    return wrap(s.doc, content, width, style).map((text) => ({ text, style, colour, rtl }));
  };
  if (cell.kind === 'quoted')
    return [
      ...lines(s.tr.text(cell.label), LABEL, COLOURS.muted),
      ...lines(s.tr.answer(cell.parts, cell.lang), CELL, COLOURS.text),
    ];
  return lines(s.tr.cell(cell), CELL, COLOURS.text);
}

/** The largest size (≤ the table's) at which every word of every head cell fits its column. */
function headSize(s: PdfState, head: readonly string[], widths: readonly number[]): number {
  let size: number = CELL.size;
  const fits = (sz: number) =>
    head.every((h, i) =>
      h
        .split(/\s+/)
        .every((word) => measure(s.doc, word, { size: sz, bold: true }) <= (widths[i] ?? 0) - 2 * PAD),
    );
  while (size > MIN_HEAD_SIZE && !fits(size)) size -= 0.5;
  return size;
}

function columnWidths(count: number, widths?: readonly number[]): number[] {
  const rel = widths !== undefined && widths.length === count ? widths : Array(count).fill(1 / count);
  return rel.map((w) => w * CONTENT_WIDTH);
}

function drawBand(
  s: PdfState,
  y: number,
  lines: readonly (CellLine | undefined)[],
  xs: readonly number[],
  widths: readonly number[],
  height: number,
): void {
  lines.forEach((line, c) => {
    if (line === undefined) return;
    s.doc.setTextColor(line.colour);
    drawLine(
      s.doc,
      line.text,
      (xs[c] ?? 0) + PAD,
      y + line.style.size + (height - line.style.size * TABLE_LINE) / 2,
      (widths[c] ?? 0) - 2 * PAD,
      line.style,
      line.rtl,
    );
  });
  s.doc.setTextColor(COLOURS.text);
}

export function tableUnits(
  s: PdfState,
  head: readonly Text[],
  rows: readonly (readonly Cell[])[],
  relWidths?: readonly number[],
): DrawUnit[] {
  const widths = columnWidths(head.length, relWidths);
  const xs = widths.map((_, i) => PAGE.left + widths.slice(0, i).reduce((a, b) => a + b, 0));
  const headTexts = head.map((h) => s.tr.text(h));
  const hSize = headSize(s, headTexts, widths);
  const headStyle: Style = { size: hSize, bold: true };
  // Head cells wrap between words only (every word fits at hSize).
  const headLines = headTexts.map((h, i) => wrap(s.doc, h, (widths[i] ?? 0) - 2 * PAD, headStyle));
  const headHeight = Math.max(...headLines.map((l) => l.length)) * hSize * TABLE_LINE + 2 * PAD;
  const drawHead = (y: number) => {
    s.doc.setFillColor(COLOURS.accent);
    s.doc.rect(PAGE.left, y, CONTENT_WIDTH, headHeight, 'F');
    headLines.forEach((lines, c) =>
      lines.forEach((line, k) => {
        s.doc.setTextColor(COLOURS.onAccent);
        const rtl = isRtl(line);
        drawLine(
          s.doc,
          line,
          (xs[c] ?? 0) + PAD,
          y + PAD + hSize + k * hSize * TABLE_LINE,
          (widths[c] ?? 0) - 2 * PAD,
          headStyle,
          rtl,
        );
      }),
    );
    s.doc.setTextColor(COLOURS.text);
  };
  const repeat = { height: headHeight, draw: drawHead };
  const units: DrawUnit[] = [{ height: headHeight, gapBefore: 4, breakBefore: 'avoid', draw: drawHead }];
  rows.forEach((row, r) => {
    const cells = row.map((cell, c) => cellLines(s, cell, (widths[c] ?? 0) - 2 * PAD));
    const bandCount = Math.max(1, ...cells.map((l) => l.length));
    const lineHeight = CELL.size * TABLE_LINE;
    const splittable = bandCount > SPLIT_ROW_LINES;
    for (let b = 0; b < bandCount; b += 1) {
      const firstBand = b === 0;
      const lastBand = b === bandCount - 1;
      // Rows 1–2 stay with the head; the last row stays with the one before; inside a row, a
      // break only in a long row, with two lines on either side.
      const keep = firstBand
        ? r <= 1 || (r === rows.length - 1 && rows.length >= 3)
        : !splittable || b < 2 || b > bandCount - 2;
      const top = firstBand ? PAD : 0;
      const bottom = lastBand ? PAD : 0;
      units.push({
        height: top + lineHeight + bottom,
        breakBefore: keep ? 'avoid' : 'auto',
        repeat,
        repeatHeight: headHeight,
        draw: (y: number) => {
          drawBand(
            s,
            y + top,
            cells.map((l) => l[b]),
            xs,
            widths,
            lineHeight,
          );
          if (lastBand) {
            s.doc.setDrawColor(COLOURS.rule).setLineWidth(0.5);
            s.doc.line(
              PAGE.left,
              y + top + lineHeight + bottom,
              PAGE.left + CONTENT_WIDTH,
              y + top + lineHeight + bottom,
            );
          }
        },
      });
    }
  });
  return units;
}
