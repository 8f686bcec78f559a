// Text that may mix Latin and Arabic script (a partner municipality or a free-text answer in
// Arabic). jsPDF cannot fall back from one font to another per glyph, so a line is cut into
// script runs, each drawn with its own font. jsPDF's default text() shapes and orders Arabic
// itself; setR2L(true) would reverse the letters, so it is never used.
import type { jsPDF } from 'jspdf';
import { ARABIC, LATIN } from './fonts';

const ARABIC_CHAR = '\\u0600-\\u06FF\\u0750-\\u077F\\u08A0-\\u08FF\\uFB50-\\uFDFF\\uFE70-\\uFEFF';
const HAS_ARABIC = new RegExp(`[${ARABIC_CHAR}]`);
// An Arabic run keeps the spaces, digits and punctuation between Arabic words.
const ARABIC_RUN = new RegExp(`[${ARABIC_CHAR}]+(?:[\\s\\d.,:;!?()\\-]+[${ARABIC_CHAR}]+)*`, 'g');
const STRONG = new RegExp(`[${ARABIC_CHAR}]|\\p{L}`, 'u');

export interface Run {
  readonly text: string;
  readonly arabic: boolean;
}

export const hasArabic = (s: string) => HAS_ARABIC.test(s);

/** Paragraph direction as `dir="auto"` decides it: by the first strong character. */
export function isRtl(s: string): boolean {
  const first = STRONG.exec(s);
  return first !== null && HAS_ARABIC.test(first[0]);
}

export function splitRuns(line: string): Run[] {
  if (!hasArabic(line)) return [{ text: line, arabic: false }];
  const runs: Run[] = [];
  let at = 0;
  for (const m of line.matchAll(ARABIC_RUN)) {
    if (m.index > at) runs.push({ text: line.slice(at, m.index), arabic: false });
    runs.push({ text: m[0], arabic: true });
    at = m.index + m[0].length;
  }
  if (at < line.length) runs.push({ text: line.slice(at), arabic: false });
  return runs;
}

export interface Style {
  readonly size: number;
  readonly bold: boolean;
}

function useFont(doc: jsPDF, arabic: boolean, style: Style): void {
  if (arabic) doc.setFont(ARABIC, 'normal');
  else doc.setFont(LATIN, style.bold ? 'bold' : 'normal');
  doc.setFontSize(style.size);
}

export function measure(doc: jsPDF, line: string, style: Style): number {
  return splitRuns(line).reduce((sum, run) => {
    useFont(doc, run.arabic, style);
    return sum + doc.getTextWidth(run.text);
  }, 0);
}

/** Cuts a word wider than the line into pieces that fit (URLs, text without spaces). */
function breakWord(doc: jsPDF, word: string, width: number, style: Style): string[] {
  const pieces: string[] = [];
  let rest = word;
  while (rest.length > 0 && measure(doc, rest, style) > width) {
    let n = Math.max(1, Math.floor((rest.length * width) / measure(doc, rest, style)));
    while (n > 1 && measure(doc, rest.slice(0, n), style) > width) n -= 1;
    pieces.push(rest.slice(0, n));
    rest = rest.slice(n);
  }
  if (rest.length > 0) pieces.push(rest);
  return pieces;
}

/** Greedy word wrap, measuring each script with its own font; keeps the text's line breaks.
 *  Words are measured once and summed (jsPDF applies no kerning), which keeps long answers fast. */
export function wrap(doc: jsPDF, text: string, width: number, style: Style): string[] {
  const widths = new Map<string, number>();
  const widthOf = (word: string) => {
    let w = widths.get(word);
    if (w === undefined) {
      w = measure(doc, word, style);
      widths.set(word, w);
    }
    return w;
  };
  const space = widthOf(' ');
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = '';
    let lineWidth = 0;
    for (const word of paragraph.split(/\s+/).filter((w) => w !== '')) {
      const w = widthOf(word);
      if (line === '' ? w <= width : lineWidth + space + w <= width) {
        line = line === '' ? word : `${line} ${word}`;
        lineWidth += (lineWidth === 0 ? 0 : space) + w;
        continue;
      }
      if (line !== '') lines.push(line);
      const pieces = w <= width ? [word] : breakWord(doc, word, width, style);
      line = pieces.pop() ?? '';
      lineWidth = widthOf(line);
      lines.push(...pieces);
    }
    lines.push(line);
  }
  return lines;
}

/** Draws one wrapped line; right-to-left lines are aligned right and their runs placed from the right. */
export function drawLine(
  doc: jsPDF,
  line: string,
  x: number,
  y: number,
  width: number,
  style: Style,
  rtl: boolean,
): void {
  const runs = splitRuns(line);
  if (!rtl) {
    let cx = x;
    for (const run of runs) {
      useFont(doc, run.arabic, style);
      doc.text(run.text, cx, y);
      cx += doc.getTextWidth(run.text);
    }
    return;
  }
  let right = x + width;
  for (const run of runs) {
    useFont(doc, run.arabic, style);
    doc.text(run.text, right, y, { align: 'right' });
    right -= doc.getTextWidth(run.text);
  }
}

/** The line cut to fit `width`, ending in an ellipsis when cut (long names in the footer). */
export function truncate(doc: jsPDF, line: string, width: number, style: Style): string {
  if (measure(doc, line, style) <= width) return line;
  const chars = [...line];
  let lo = 0;
  let hi = chars.length;
  // Binary search for the longest prefix that fits with the ellipsis.
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(doc, `${chars.slice(0, mid).join('').trimEnd()}…`, style) <= width) lo = mid;
    else hi = mid - 1;
  }
  return `${chars.slice(0, lo).join('').trimEnd()}…`;
}
