// A chart as plain data: an SVG element tree the screen maps to React elements and the PDF maps
// to DOM nodes for svg2pdf.js, so a chart is drawn once (style.md §6). No markup strings, so user
// text can never become markup.
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
export const CHART_FONT = 'NotoSans, sans-serif';

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

/** Colours with at least 4.5:1 contrast on white (text) or 3:1 (bars), WCAG 1.4.11. */
export const CHART_COLOURS = {
  bar: '#1b5e9f',
  track: '#e6e9ee',
  text: '#1a1a1a',
  muted: '#555555',
  highlight: '#1b5e9f',
  onHighlight: '#ffffff',
  border: '#5c6670',
} as const;
