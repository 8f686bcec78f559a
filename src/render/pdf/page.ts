// Page geometry and the flowing cursor: every block asks for room before it draws, so nothing
// is cut at a page edge (tables use jspdf-autotable's own page breaking).
import type { jsPDF } from 'jspdf';
import type { Translator } from '../resolve-text';
import { drawLine, isRtl, wrap, type Style } from './text-runs';

export const PAGE = { width: 595.28, height: 841.89, left: 56, right: 56, top: 64, bottom: 70 } as const;
export const CONTENT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
export const LINE = 1.4;
const KEEP_TOGETHER = 5;
export const BODY: Style = { size: 10.5, bold: false };
export const COLOURS = { text: '#1a1a1a', muted: '#555555', accent: '#1b5e9f' } as const;

/** Drawing state for one PDF. NOTE: mutated as blocks are drawn (y, page, contents). */
export interface PdfState {
  readonly doc: jsPDF;
  tr: Translator;
  y: number;
  /** Whether anything was drawn on the current page (a section on an empty page needs no break). */
  pageUsed: boolean;
  /** Language of each page (1-based), for the footer. */
  readonly pageLanguage: Map<number, Translator>;
  /** Part titles and their pages, for the contents on the cover and the outline. */
  readonly contents: { title: string; page: number; lang: string }[];
}

export function newPage(s: PdfState): void {
  s.doc.addPage();
  s.y = PAGE.top;
  s.pageUsed = false;
  s.pageLanguage.set(s.doc.getNumberOfPages(), s.tr);
}

/** Makes room for `height` points, starting a new page when the rest of this one is too short. */
export function ensure(s: PdfState, height: number): void {
  if (s.y + height > PAGE.height - PAGE.bottom && s.pageUsed) newPage(s);
}

export interface TextOptions {
  readonly style?: Style;
  readonly indent?: number;
  readonly colour?: string;
  readonly spaceAfter?: number;
  /** Keep this many points free after the first line (a heading keeps its first paragraph line). */
  readonly keepWithNext?: number;
}

/** Wraps and draws a paragraph line by line, breaking pages between lines. */
export function writeText(s: PdfState, content: string, options: TextOptions = {}): void {
  const style = options.style ?? BODY;
  const indent = options.indent ?? 0;
  const width = CONTENT_WIDTH - indent;
  const lineHeight = style.size * LINE;
  const rtl = isRtl(content);
  s.doc.setTextColor(options.colour ?? COLOURS.text);
  const lines = wrap(s.doc, content, width, style);
  // A short paragraph is never split (no lone first or last line); a long one breaks between lines.
  if (lines.length <= KEEP_TOGETHER) ensure(s, lines.length * lineHeight + (options.keepWithNext ?? 0));
  lines.forEach((line, i) => {
    // No lone first or last line of a long paragraph at a page edge: those lines come in twos.
    const pair = Math.min(lines.length - i, i === 0 || i === lines.length - 2 ? 2 : 1);
    ensure(s, pair * lineHeight + (i === 0 ? (options.keepWithNext ?? 0) : 0));
    drawLine(s.doc, line, PAGE.left + indent, s.y + style.size, width, style, rtl);
    s.y += lineHeight;
    s.pageUsed = true;
  });
  s.y += options.spaceAfter ?? style.size * 0.6;
  s.doc.setTextColor(COLOURS.text);
}
