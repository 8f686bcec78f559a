// The four governance network models of ch. 9.4 (figure 9.1) as a 2×2 grid: across, an important
// role for non-governmental actors; up, an important role for other municipalities or higher
// levels. The identified model is filled. The narrow layout (a phone's column) is the same grid
// with smaller boxes, box names and axis labels wrapped onto more lines, and no label below 13.
import type { NetworkModelId } from '../../catalogue/ids';
import type { NetworkModelsChart, Text } from '../blocks';
import { CHART_SIZES } from '../theme';
import {
  CHART_COLOURS as C,
  el,
  label,
  NARROW_WIDTH,
  wrapWords,
  type ChartLayout,
  type SvgNode,
} from './svg-node';

interface Geometry {
  readonly width: number;
  readonly boxW: number;
  readonly boxH: number;
  readonly left: number;
  readonly gap: number;
  readonly small: number;
  /** Line height of wrapped labels. */
  readonly line: number;
}

const PRINT: Geometry = {
  width: 520,
  boxW: 220,
  boxH: 54,
  left: 30,
  gap: 10,
  small: CHART_SIZES.small,
  line: 16,
};
const NARROW: Geometry = {
  width: NARROW_WIDTH,
  boxW: (NARROW_WIDTH - 24 - 8 - 10) / 2,
  boxH: 72,
  left: 24,
  gap: 8,
  small: CHART_SIZES.label,
  line: 16,
};

// content-model §6: column = non-governmental actors important, row 0 (top) = other levels important.
const CELL: Record<NetworkModelId, { col: 0 | 1; row: 0 | 1 }> = {
  multi_level: { col: 0, row: 0 },
  hybrid: { col: 1, row: 0 },
  classic: { col: 0, row: 1 },
  multi_actor: { col: 1, row: 1 },
};

/** Lines of one label, each a text node, the first baseline at y. */
function lines(
  texts: readonly string[],
  y: number,
  line: number,
  attrs: Readonly<Record<string, string | number>>,
): SvgNode[] {
  return texts.map((t, i) => label({ ...attrs, y: y + i * line }, t));
}

export function networkModelsSvg(
  spec: NetworkModelsChart,
  resolve: (t: Text) => string,
  layout: ChartLayout = 'print',
): SvgNode {
  const g = layout === 'narrow' ? NARROW : PRINT;
  const narrow = layout === 'narrow';
  const size = CHART_SIZES.label;
  const fit = (content: string, width: number, sz: number, bold = false) =>
    narrow ? wrapWords(content, width, sz, bold) : [content];
  const axisYLines = fit(resolve(spec.axisY), g.width - g.left, g.small);
  const axisXLines = fit(resolve(spec.axisX), g.width - g.left, g.small);
  const top = 28 + (axisYLines.length - 1) * g.line;
  const boxes = spec.models.map((m) => {
    const { col, row } = CELL[m.id];
    const x = g.left + col * (g.boxW + g.gap);
    const y = top + row * (g.boxH + g.gap);
    const on = m.id === spec.highlighted;
    const name = fit(resolve(m.label), g.boxW - 12, size, true);
    const yours = on ? fit(resolve(spec.yours), g.boxW - 12, g.small) : [];
    // The name (and "your partnership") centred in the box as one block of lines.
    const block = (name.length + yours.length) * g.line;
    const first = y + (g.boxH - block) / 2 + size - 2;
    const centre = { x: x + g.boxW / 2, 'text-anchor': 'middle' };
    const parts: SvgNode[] = [
      el('rect', {
        x,
        y,
        width: g.boxW,
        height: g.boxH,
        rx: 6,
        fill: on ? C.highlight : '#ffffff',
        stroke: C.border,
        'stroke-width': on ? 2 : 1,
      }),
      ...(narrow
        ? lines(name, first, g.line, {
            ...centre,
            'font-size': size,
            'font-weight': 'bold',
            fill: on ? C.onHighlight : C.text,
          })
        : [
            label(
              {
                ...centre,
                y: y + (on ? 24 : 32),
                'font-size': size,
                'font-weight': 'bold',
                fill: on ? C.onHighlight : C.text,
              },
              resolve(m.label),
            ),
          ]),
    ];
    if (on)
      parts.push(
        ...lines(yours, narrow ? first + name.length * g.line : y + 42, g.line, {
          ...centre,
          'font-size': g.small,
          fill: C.onHighlight,
        }),
      );
    return el('g', {}, parts);
  });
  // Axes as drawn arrows (no arrow glyphs: the embedded font has none).
  const bottom = top + 2 * g.boxH + g.gap;
  const right = g.left + 2 * g.boxW + g.gap;
  const stroke = { stroke: C.muted, 'stroke-width': 1.2 };
  const arrows = [
    el('line', { x1: g.left - 12, y1: bottom, x2: g.left - 12, y2: top - 14, ...stroke }),
    el('line', { x1: g.left - 16, y1: top - 8, x2: g.left - 12, y2: top - 14, ...stroke }),
    el('line', { x1: g.left - 8, y1: top - 8, x2: g.left - 12, y2: top - 14, ...stroke }),
    el('line', { x1: g.left - 12, y1: bottom + 8, x2: right + 8, y2: bottom + 8, ...stroke }),
    el('line', { x1: right + 2, y1: bottom + 4, x2: right + 8, y2: bottom + 8, ...stroke }),
    el('line', { x1: right + 2, y1: bottom + 12, x2: right + 8, y2: bottom + 8, ...stroke }),
  ];
  const axisY = lines(axisYLines, 16, g.line, { x: g.left, 'font-size': g.small, fill: C.muted });
  const axisX = lines(axisXLines, bottom + 24, g.line, {
    x: right,
    'font-size': g.small,
    'text-anchor': 'end',
    fill: C.muted,
  });
  const height = bottom + 32 + (axisXLines.length - 1) * g.line;
  return el(
    'svg',
    { xmlns: 'http://www.w3.org/2000/svg', width: g.width, height, viewBox: `0 0 ${g.width} ${height}` },
    [...arrows, ...axisY, ...boxes, ...axisX],
  );
}
