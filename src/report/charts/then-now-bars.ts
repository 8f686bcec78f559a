// Next year's mirror (issue 15): per dimension, the earlier score and today's as two bars, the
// earlier one lighter and on top, so the eye reads "then → now" downwards. Labels above each row
// and values at the bar ends, so no text width has to be measured in this pure layer.
import type { Text } from '../blocks';
import { CHART_COLOURS as C, el, label, type SvgNode } from './svg-node';

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

const WIDTH = 640;
const CHANGE_X = 492;
const TRACK = 440;
const ROW = 62;
const LEGEND = 30;
const BAR = 14;

function bar(y: number, score: number | null, colour: string, nullText: string): SvgNode[] {
  if (score === null) return [label({ x: 6, y: y + 11, 'font-size': 11, fill: C.muted }, nullText)];
  return [
    el('rect', { x: 0, y, width: Math.max(2, (TRACK * score) / 100), height: BAR, fill: colour }),
    label(
      { x: (TRACK * score) / 100 + 8, y: y + 12, 'font-size': 12, 'font-weight': 'bold', fill: C.text },
      String(score),
    ),
  ];
}

function legend(spec: ThenNowChart, resolve: (t: Text) => string): SvgNode {
  const entries: [string, Text][] = [
    [THEN_NOW_COLOURS.then, spec.legend.then],
    [THEN_NOW_COLOURS.now, spec.legend.now],
  ];
  return el(
    'g',
    {},
    entries.map(([fill, t], i) =>
      el('g', {}, [
        el('rect', { x: i * 220, y: 4, width: 14, height: 14, fill }),
        label({ x: i * 220 + 20, y: 16, 'font-size': 12, fill: C.text }, resolve(t)),
      ]),
    ),
  );
}

export function thenNowSvg(spec: ThenNowChart, resolve: (t: Text) => string): SvgNode {
  const height = LEGEND + spec.items.length * ROW;
  const nullText = resolve(spec.nullLabel);
  const rows = spec.items.map((item, i) => {
    const y = LEGEND + i * ROW;
    return el('g', {}, [
      label({ x: 0, y: y + 13, 'font-size': 13, fill: C.text }, resolve(item.label)),
      // Right of the bars, left-aligned: svg2pdf's text-anchor handling turned the chart's other
      // labels bold, and this layer cannot measure text to right-align it by hand.
      label(
        { x: CHANGE_X, y: y + 40, 'font-size': 12, 'font-weight': 'bold', fill: C.text },
        resolve(item.change),
      ),
      el('rect', { x: 0, y: y + 19, width: TRACK, height: 2 * BAR + 6, fill: C.track }),
      ...bar(y + 21, item.then, THEN_NOW_COLOURS.then, nullText),
      ...bar(y + 23 + BAR, item.now, THEN_NOW_COLOURS.now, nullText),
    ]);
  });
  return el(
    'svg',
    { xmlns: 'http://www.w3.org/2000/svg', width: WIDTH, height, viewBox: `0 0 ${WIDTH} ${height}` },
    [legend(spec, resolve), ...rows],
  );
}
