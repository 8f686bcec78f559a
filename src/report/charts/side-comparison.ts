// The workshop's one chart (issue 8, item 3): per dimension, the destination side's and the
// source side's group score as two bars, over a band that shows the spread (lowest to highest
// participant). Labels above each row, values at the bar ends: no text width is measured here.
import type { Text } from '../blocks';
import { COLOURS } from '../theme';
import { CHART_COLOURS as C, el, label, type SvgNode } from './svg-node';

export interface SideComparisonChart {
  readonly type: 'sideComparison';
  readonly items: readonly {
    readonly label: Text;
    readonly destination: number | null;
    readonly source: number | null;
    /** Lowest and highest participant score (null when nobody has a score). */
    readonly min: number | null;
    readonly max: number | null;
  }[];
  readonly legend: { readonly destination: Text; readonly source: Text; readonly spread: Text };
  /** Shown instead of a bar when a side has no score. */
  readonly nullLabel: Text;
}

/** Source bars: a second colour with 3:1 contrast on white, told apart by position and legend too.
 *  The spread band is darker than the empty track and outlined (issue 14: on a projector the old
 *  light band could not be told from the track). */
export const SIDE_COLOURS = { destination: C.bar, source: COLOURS.second, spread: COLOURS.spread } as const;

// Drawn large: on a projector it is read from the back of the room; the PDF scales it to the page.
const WIDTH = 720;
const TRACK = 560;
const ROW = 76;
const LEGEND = 36;

function bar(y: number, score: number | null, colour: string, nullText: string): SvgNode[] {
  if (score === null) return [label({ x: 6, y: y + 14, 'font-size': 14, fill: C.muted }, nullText)];
  return [
    el('rect', { x: 0, y, width: Math.max(2, (TRACK * score) / 100), height: 17, fill: colour }),
    label(
      { x: (TRACK * score) / 100 + 8, y: y + 15, 'font-size': 16, 'font-weight': 'bold', fill: C.text },
      String(score),
    ),
  ];
}

function legend(spec: SideComparisonChart, resolve: (t: Text) => string): SvgNode {
  const entries: [string, Text][] = [
    [SIDE_COLOURS.destination, spec.legend.destination],
    [SIDE_COLOURS.source, spec.legend.source],
    [SIDE_COLOURS.spread, spec.legend.spread],
  ];
  return el(
    'g',
    {},
    entries.map(([fill, t], i) =>
      el('g', {}, [
        el('rect', { x: i * 240, y: 4, width: 18, height: 18, fill, stroke: C.border, 'stroke-width': 1 }),
        label({ x: i * 240 + 26, y: 19, 'font-size': 15, fill: C.text }, resolve(t)),
      ]),
    ),
  );
}

export function sideComparisonSvg(spec: SideComparisonChart, resolve: (t: Text) => string): SvgNode {
  const height = LEGEND + spec.items.length * ROW;
  const nullText = resolve(spec.nullLabel);
  const rows = spec.items.map((item, i) => {
    const y = LEGEND + i * ROW;
    const parts: SvgNode[] = [
      label({ x: 0, y: y + 18, 'font-size': 18, 'font-weight': 'bold', fill: C.text }, resolve(item.label)),
      el('rect', { x: 0, y: y + 26, width: TRACK, height: 42, fill: C.track }),
    ];
    if (item.min !== null && item.max !== null) {
      const x = (TRACK * item.min) / 100;
      parts.push(
        el('rect', {
          x,
          y: y + 26,
          width: Math.max(2, (TRACK * (item.max - item.min)) / 100),
          height: 42,
          fill: SIDE_COLOURS.spread,
          stroke: C.border,
          'stroke-width': 2,
        }),
      );
    }
    parts.push(...bar(y + 29, item.destination, SIDE_COLOURS.destination, nullText));
    parts.push(...bar(y + 48, item.source, SIDE_COLOURS.source, nullText));
    return el('g', {}, parts);
  });
  return el(
    'svg',
    { xmlns: 'http://www.w3.org/2000/svg', width: WIDTH, height, viewBox: `0 0 ${WIDTH} ${height}` },
    [legend(spec, resolve), ...rows],
  );
}
