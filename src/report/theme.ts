// The report's look in one place (issue 12, item 5): colours, type sizes and font names, read by
// the PDF renderer, the chart SVG and (as CSS custom properties) the screen. Plain data, so the
// pure chart layer can use it too.

/** Colours with at least 4.5:1 contrast on white (text) or 3:1 (bars, rules), WCAG 1.4.3/1.4.11. */
export const COLOURS = {
  text: '#1a1a1a',
  muted: '#555555',
  accent: '#1b5e9f',
  onAccent: '#ffffff',
  track: '#e6e9ee',
  border: '#5c6670',
  rule: '#c6ccd4',
  panel: '#f5f7fa',
  /** The source side in the workshop's side-by-side charts. */
  second: '#9a4d00',
  spread: '#b4c2d4', // darker than the empty track, so a projector shows the band (issue 14)
} as const;

/** Font family names: the PDF registers the embedded Noto fonts under these. */
export const FONTS = {
  latin: 'NotoSans',
  arabic: 'NotoSansArabic',
  /** In charts: the PDF's embedded font, the page's sans-serif on screen. */
  chart: 'NotoSans, sans-serif',
} as const;

/** PDF type sizes in points. */
export const PDF_SIZES = {
  body: 9.5,
  small: 8.5,
  label: 9,
  table: 8,
  footer: 8.5,
  h1: 18,
  h2: 13,
  h3: 11,
  action: 11,
  coverTitle: 24,
  coverTitleBoth: 20,
} as const;

/** Chart label sizes in SVG user units (the PDF draws one unit as one point). */
export const CHART_SIZES = { label: 13, small: 11, value: 13 } as const;

/** The colours as CSS custom properties (`--pm-accent` …), for the screen report's stylesheet. */
export function colourProperties(): Record<string, string> {
  return Object.fromEntries(Object.entries(COLOURS).map(([name, value]) => [`--pm-${name}`, value]));
}
