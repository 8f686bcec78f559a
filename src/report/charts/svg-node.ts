// A chart as plain data: an SVG element tree the screen maps to React elements and the PDF maps
// to DOM nodes for svg2pdf.js, so a chart is drawn once (style.md §6). No markup strings, so user
// text can never become markup.
import { COLOURS, FONTS } from '../theme';

export type SvgTag = 'svg' | 'g' | 'rect' | 'text' | 'line' | 'title';

export interface SvgNode {
  readonly tag: SvgTag;
  readonly attrs: Readonly<Record<string, string | number>>;
  readonly children?: readonly SvgNode[];
  /** Text content (for 'text' and 'title'). */
  readonly text?: string;
}

/** One family name both renderers know: the PDF registers the embedded Noto Sans under it, and
 *  the screen falls back to the page's sans-serif. */
export const CHART_FONT = FONTS.chart;

export const el = (
  tag: SvgTag,
  attrs: Readonly<Record<string, string | number>>,
  children?: readonly SvgNode[],
): SvgNode => (children === undefined ? { tag, attrs } : { tag, attrs, children });

export const label = (attrs: Readonly<Record<string, string | number>>, text: string): SvgNode => ({
  tag: 'text',
  attrs: { 'font-family': CHART_FONT, ...attrs },
  text,
});

/** The chart's colours, from the report theme. */
export const CHART_COLOURS = {
  bar: COLOURS.accent,
  track: COLOURS.track,
  text: COLOURS.text,
  muted: COLOURS.muted,
  highlight: COLOURS.accent,
  onHighlight: COLOURS.onAccent,
  border: COLOURS.border,
} as const;

/** Chart layouts: `print` is the PDF's (and a wide screen's); `narrow` is for a phone-wide column,
 *  about 320 units wide with no label below 13 units, so labels stay at least 12 px on a 390 px
 *  screen (issue 18, item 6). */
export type ChartLayout = 'print' | 'narrow';
export const NARROW_WIDTH = 320;

/** A rough upper bound of a text's width in user units (Noto Sans averages about 0.55 em a
 *  character, bold a little more): the pure layer cannot measure, so it wraps on the safe side. */
export const estimateWidth = (content: string, size: number, bold = false): number =>
  content.length * size * (bold ? 0.62 : 0.58);

/** Words into lines of at most `width` (by the estimate); a word longer than that stands alone. */
export function wrapWords(content: string, width: number, size: number, bold = false): string[] {
  const lines: string[] = [];
  for (const word of content.split(/\s+/).filter((w) => w !== '')) {
    const last = lines.at(-1);
    if (last !== undefined && estimateWidth(`${last} ${word}`, size, bold) <= width)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}
