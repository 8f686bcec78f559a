// The four governance network models of ch. 9.4 (figure 9.1) as a 2×2 grid: across, an important
// role for non-governmental actors; up, an important role for other municipalities or higher
// levels. The identified model is filled.
import type { NetworkModelId } from '../../catalogue/ids';
import type { NetworkModelsChart, Text } from '../blocks';
import { CHART_SIZES } from '../theme';
import { CHART_COLOURS as C, el, label, type SvgNode } from './svg-node';

const WIDTH = 520;
const BOX_W = 220;
const BOX_H = 54;
const LEFT = 30;
const TOP = 28;
const GAP = 10;

// content-model §6: column = non-governmental actors important, row 0 (top) = other levels important.
const CELL: Record<NetworkModelId, { col: 0 | 1; row: 0 | 1 }> = {
  multi_level: { col: 0, row: 0 },
  hybrid: { col: 1, row: 0 },
  classic: { col: 0, row: 1 },
  multi_actor: { col: 1, row: 1 },
};

export function networkModelsSvg(spec: NetworkModelsChart, resolve: (t: Text) => string): SvgNode {
  const height = TOP + 2 * BOX_H + GAP + 32;
  const boxes = spec.models.map((m) => {
    const { col, row } = CELL[m.id];
    const x = LEFT + col * (BOX_W + GAP);
    const y = TOP + row * (BOX_H + GAP);
    const on = m.id === spec.highlighted;
    const parts: SvgNode[] = [
      el('rect', {
        x,
        y,
        width: BOX_W,
        height: BOX_H,
        rx: 6,
        fill: on ? C.highlight : '#ffffff',
        stroke: C.border,
        'stroke-width': on ? 2 : 1,
      }),
      label(
        {
          x: x + BOX_W / 2,
          y: y + (on ? 24 : 32),
          'font-size': CHART_SIZES.label,
          'font-weight': 'bold',
          'text-anchor': 'middle',
          fill: on ? C.onHighlight : C.text,
        },
        resolve(m.label),
      ),
    ];
    if (on)
      parts.push(
        label(
          {
            x: x + BOX_W / 2,
            y: y + 42,
            'font-size': CHART_SIZES.small,
            'text-anchor': 'middle',
            fill: C.onHighlight,
          },
          resolve(spec.yours),
        ),
      );
    return el('g', {}, parts);
  });
  // Axes as drawn arrows (no arrow glyphs: the embedded font has none).
  const bottom = TOP + 2 * BOX_H + GAP;
  const right = LEFT + 2 * BOX_W + GAP;
  const stroke = { stroke: C.muted, 'stroke-width': 1.2 };
  const arrows = [
    el('line', { x1: LEFT - 12, y1: bottom, x2: LEFT - 12, y2: TOP - 14, ...stroke }),
    el('line', { x1: LEFT - 16, y1: TOP - 8, x2: LEFT - 12, y2: TOP - 14, ...stroke }),
    el('line', { x1: LEFT - 8, y1: TOP - 8, x2: LEFT - 12, y2: TOP - 14, ...stroke }),
    el('line', { x1: LEFT - 12, y1: bottom + 8, x2: right + 8, y2: bottom + 8, ...stroke }),
    el('line', { x1: right + 2, y1: bottom + 4, x2: right + 8, y2: bottom + 8, ...stroke }),
    el('line', { x1: right + 2, y1: bottom + 12, x2: right + 8, y2: bottom + 8, ...stroke }),
  ];
  const axisY = label({ x: LEFT, y: 16, 'font-size': CHART_SIZES.small, fill: C.muted }, resolve(spec.axisY));
  const axisX = label(
    { x: right, y: bottom + 24, 'font-size': CHART_SIZES.small, 'text-anchor': 'end', fill: C.muted },
    resolve(spec.axisX),
  );
  return el(
    'svg',
    { xmlns: 'http://www.w3.org/2000/svg', width: WIDTH, height, viewBox: `0 0 ${WIDTH} ${height}` },
    [...arrows, axisY, ...boxes, axisX],
  );
}
