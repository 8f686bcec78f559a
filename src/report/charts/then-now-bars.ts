// Next year's mirror (issue 15): per dimension, the earlier score and today's as two bars, the
// earlier one lighter and on top, so the eye reads "then → now" downwards. Labels above each row
// and values at the bar ends, so no text width has to be measured in this pure layer.
import type { Text } from '../blocks';
import { CHART_COLOURS as C, el, label, NARROW_WIDTH, type ChartLayout, type SvgNode } from './svg-node';

export interface ThenNowChart {
  readonly type: 'thenNow';
  readonly items: readonly {
    readonly label: Text;
    readonly then: number | null;
    readonly now: number | null;
    /** "+10", "No change" …: printed at the row's right end, so the PDF shows it without the table. */
    readonly change: Text;
  }[];
  readonly legend: { readonly then: Text; readonly now: Text };
  /** Shown instead of a bar when there is no score. */
  readonly nullLabel: Text;
}

/** "Then" is a grey with 3:1 contrast on white (WCAG 1.4.11), told apart by position and legend
 *  too, never by colour alone. */
export const THEN_NOW_COLOURS = { then: '#7a8591', now: C.bar } as const;

interface Geometry {
  readonly width: number;
  readonly track: number;
  readonly row: number;
  readonly legend: number;
  /** Where the change ("+10") goes: right of the bars in print, under them when narrow. */
  readonly change: { readonly x: number; readonly dy: number };
  /** Legend entries side by side (print) or one under the other (narrow). */
  readonly legendStep: { readonly x: number; readonly y: number };
  readonly value: number;
  readonly small: number;
}

const BAR = 14;
const PRINT: Geometry = {
  width: 640,
  track: 440,
  row: 62,
  legend: 30,
  change: { x: 492, dy: 40 },
  legendStep: { x: 220, y: 0 },
  value: 12,
  small: 11,
};
/** A phone's column: shorter bars, the change under them, the legend stacked, no label under 13. */
const NARROW: Geometry = {
  width: NARROW_WIDTH,
  track: NARROW_WIDTH - 40,
  row: 80,
  legend: 48,
  change: { x: 0, dy: 70 },
  legendStep: { x: 0, y: 20 },
  value: 13,
  small: 13,
};

function bar(g: Geometry, y: number, score: number | null, colour: string, nullText: string): SvgNode[] {
  if (score === null) return [label({ x: 6, y: y + 11, 'font-size': g.small, fill: C.muted }, nullText)];
  return [
    el('rect', { x: 0, y, width: Math.max(2, (g.track * score) / 100), height: BAR, fill: colour }),
    label(
      {
        x: (g.track * score) / 100 + 8,
        y: y + 12,
        'font-size': g.value,
        'font-weight': 'bold',
        fill: C.text,
      },
      String(score),
    ),
  ];
}

function legend(g: Geometry, spec: ThenNowChart, resolve: (t: Text) => string): SvgNode {
  const entries: [string, Text][] = [
    [THEN_NOW_COLOURS.then, spec.legend.then],
    [THEN_NOW_COLOURS.now, spec.legend.now],
  ];
  return el(
    'g',
    {},
    entries.map(([fill, t], i) => {
      const x = i * g.legendStep.x;
      const y = i * g.legendStep.y;
      return el('g', {}, [
        el('rect', { x, y: y + 4, width: 14, height: 14, fill }),
        label({ x: x + 20, y: y + 16, 'font-size': Math.max(12, g.small), fill: C.text }, resolve(t)),
      ]);
    }),
  );
}

export function thenNowSvg(
  spec: ThenNowChart,
  resolve: (t: Text) => string,
  layout: ChartLayout = 'print',
): SvgNode {
  const g = layout === 'narrow' ? NARROW : PRINT;
  const height = g.legend + spec.items.length * g.row;
  const nullText = resolve(spec.nullLabel);
  const rows = spec.items.map((item, i) => {
    const y = g.legend + i * g.row;
    return el('g', {}, [
      label({ x: 0, y: y + 13, 'font-size': 13, fill: C.text }, resolve(item.label)),
      // Right of the bars (or under them), left-aligned: svg2pdf's text-anchor handling turned the
      // chart's other labels bold, and this layer cannot measure text to right-align it by hand.
      label(
        { x: g.change.x, y: y + g.change.dy, 'font-size': g.value, 'font-weight': 'bold', fill: C.text },
        resolve(item.change),
      ),
      el('rect', { x: 0, y: y + 19, width: g.track, height: 2 * BAR + 6, fill: C.track }),
      ...bar(g, y + 21, item.then, THEN_NOW_COLOURS.then, nullText),
      ...bar(g, y + 23 + BAR, item.now, THEN_NOW_COLOURS.now, nullText),
    ]);
  });
  return el(
    'svg',
    { xmlns: 'http://www.w3.org/2000/svg', width: g.width, height, viewBox: `0 0 ${g.width} ${height}` },
    [legend(g, spec, resolve), ...rows],
  );
}
