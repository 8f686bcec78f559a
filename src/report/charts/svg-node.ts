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
