// Page geometry, the drawing state, and the flow: a part of the report is laid out as units
// (lines, table row bands, charts) of known height, planBreaks (page-breaks.ts) says where the
// pages break, and the units are then drawn. So the keep rules hold by construction.
import type { jsPDF } from 'jspdf';
import { COLOURS, PDF_SIZES } from '../../report/theme';
import type { Translator } from '../resolve-text';
import { planBreaks, type FlowUnit } from './page-breaks';
import { drawLine, isRtl, wrap, type Style } from './text-runs';

export const PAGE = { width: 595.28, height: 841.89, left: 46, right: 46, top: 46, bottom: 52 } as const;
export const CONTENT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
/** Lowest y content may reach: the footer sits below it and nothing is drawn over it. */
export const CONTENT_BOTTOM = PAGE.height - PAGE.bottom;
export const LINE = 1.25;
/** A paragraph of at most this many lines is never split over two pages. */
const KEEP_TOGETHER = 4;
export const BODY: Style = { size: PDF_SIZES.body, bold: false };

/** Drawing state for one PDF. NOTE: mutated as units are drawn (y, page, contents). */
export interface PdfState {
  readonly doc: jsPDF;
  tr: Translator;
  y: number;
  /** Whether anything was drawn on the current page. */
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

/** Something of known height that draws itself with its top at y. */
export interface DrawUnit extends FlowUnit {
  draw(y: number): void | Promise<void>;
  /** Drawn at the top of the page when a break falls right before this unit (a table's head). */
  readonly repeat?: { readonly height: number; draw(y: number): void };
}

export interface TextOptions {
  readonly style?: Style;
  readonly indent?: number;
  readonly colour?: string;
  readonly gapBefore?: number;
  /** Width to wrap in (default: the content width less the indent). */
  readonly width?: number;
}

/** A paragraph as one unit per line. Short paragraphs stay whole; a long one keeps its first two
 *  and last two lines together (no lone line at a page edge). */
export function textUnits(s: PdfState, content: string, options: TextOptions = {}): DrawUnit[] {
  const style = options.style ?? BODY;
  const indent = options.indent ?? 0;
  const width = options.width ?? CONTENT_WIDTH - indent;
  const lineHeight = style.size * LINE;
  const rtl = isRtl(content);
  const colour = options.colour ?? COLOURS.text;
  const lines = wrap(s.doc, content, width, style);
  const n = lines.length;
  return lines.map((line, i) => ({
    height: lineHeight,
    ...(i === 0 ? { gapBefore: options.gapBefore ?? style.size * 0.4 } : {}),
    breakBefore: i > 0 && (n <= KEEP_TOGETHER || i === 1 || i === n - 1) ? 'avoid' : 'auto',
    draw: (y: number) => {
      s.doc.setTextColor(colour);
      drawLine(s.doc, line, PAGE.left + indent, y + style.size, width, style, rtl);
      s.doc.setTextColor(COLOURS.text);
    },
  }));
}

/** Keeps the first `count` units with what comes before them (a heading's two following lines). */
export function keepWithPrevious(units: DrawUnit[], count: number): DrawUnit[] {
  return units.map((u, i) => (i < count ? { ...u, breakBefore: 'avoid' } : u));
}

/** Draws units where planBreaks puts the page breaks. */
export async function flow(s: PdfState, units: readonly DrawUnit[]): Promise<void> {
  const breaks = new Set(
    planBreaks(units, { top: PAGE.top, bottom: CONTENT_BOTTOM, startY: s.y, pageUsed: s.pageUsed }),
  );
  let first = !s.pageUsed;
  for (const [i, u] of units.entries()) {
    if (breaks.has(i)) {
      newPage(s);
      first = true;
      if (u.repeat !== undefined) {
        u.repeat.draw(s.y);
        s.y += u.repeat.height;
      }
    }
    if (!first) s.y += u.gapBefore ?? 0;
    await u.draw(s.y);
    s.y += u.height;
    s.pageUsed = true;
    first = false;
  }
}
