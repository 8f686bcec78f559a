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

/** Bidi controls (LRM, RLM, ALM, embeddings, overrides, isolates): jsPDF draws them as boxes, and
 *  an override (U+202E) would only spoof the order of what follows. The run split decides order. */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** Joiners and modifiers that belong to the character before them (emoji sequences). */
const JOINERS = /^(?:\u200d|\ufe0e|\ufe0f|[\u{1f3fb}-\u{1f3ff}]|[\u{e0020}-\u{e007f}])$/u;
/** Drawn where no embedded font has the character (emoji, rare scripts): visibly something is
 *  there, instead of v1's silent gap. Noto Sans has U+FFFD, the Unicode replacement character. */
export const MISSING_GLYPH = '\ufffd';

type CodeMap = Readonly<Record<number, number | undefined>>;
const codeMaps = new WeakMap<jsPDF, { latin: CodeMap; arabic: CodeMap } | null>();

/** The embedded fonts' character maps (jsPDF keeps each TTF's cmap), or null before fonts exist. */
function fontCodeMaps(doc: jsPDF): { latin: CodeMap; arabic: CodeMap } | null {
  if (codeMaps.has(doc)) return codeMaps.get(doc) ?? null;
  const codeMap = (name: string): CodeMap | undefined => {
    try {
      const font = (
        doc as unknown as { internal: { getFont(n: string, s: string): unknown } }
      ).internal.getFont(name, 'normal') as {
        fontName?: string;
        metadata?: { cmap?: { unicode?: { codeMap?: CodeMap } } };
      };
      return font.fontName === name ? font.metadata?.cmap?.unicode?.codeMap : undefined;
    } catch {
      return undefined;
    }
  };
  const latin = codeMap(LATIN);
  const arabic = codeMap(ARABIC);
  const maps = latin && arabic ? { latin, arabic } : null;
  codeMaps.set(doc, maps);
  return maps;
}

/** Text as the PDF can draw it: bidi controls removed, and each character no embedded font has
 *  (with the joiners of its sequence) replaced by one MISSING_GLYPH. */
export function drawableText(doc: jsPDF, text: string): string {
  const stripped = text.replace(BIDI_CONTROLS, '');
  const maps = fontCodeMaps(doc);
  if (maps === null || /^[\t\n\r\u0020-\u024f]*$/.test(stripped)) return stripped;
  let out = '';
  let lastMissing = false;
  for (const ch of stripped) {
    const code = ch.codePointAt(0) ?? 0;
    if (lastMissing && JOINERS.test(ch)) continue;
    const has =
      code < 0x20 || /\s/.test(ch) || maps.latin[code] !== undefined || maps.arabic[code] !== undefined;
    if (has) out += ch;
    else if (!lastMissing) out += MISSING_GLYPH;
    lastMissing = !has || (lastMissing && code === 0x200d);
  }
  return out;
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
  return splitRuns(drawableText(doc, line)).reduce((sum, run) => {
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
  const runs = splitRuns(drawableText(doc, line));
  // Spaces at a run's edges are kept as distance, not drawn: jsPDF drops a space at the edge of
  // a run, which glued "Nador" to the Arabic word after it (issue 16, defect 13).
  const edges = (text: string) => {
    const core = text.trim();
    const lead = text.slice(0, text.length - text.trimStart().length);
    const trail = text.slice(text.trimEnd().length);
    return {
      core,
      lead: lead === '' ? 0 : doc.getTextWidth(lead),
      trail: trail === '' ? 0 : doc.getTextWidth(trail),
    };
  };
  if (!rtl) {
    let cx = x;
    for (const run of runs) {
      useFont(doc, run.arabic, style);
      const { core, lead, trail } = edges(run.text);
      if (core !== '') doc.text(core, cx + lead, y);
      cx += lead + (core === '' ? 0 : doc.getTextWidth(core)) + trail;
    }
    return;
  }
  let right = x + width;
  for (const run of runs) {
    useFont(doc, run.arabic, style);
    const { core, lead, trail } = edges(run.text);
    if (core !== '') doc.text(core, right - lead, y, { align: 'right' });
    right -= lead + (core === '' ? 0 : doc.getTextWidth(core)) + trail;
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
