// The six dimension scores as horizontal bars (0–100), label above each bar, so no text width
// has to be measured in this pure layer. The narrow layout is the same drawing, shorter bars.
import type { DimensionBarsChart, Text } from '../blocks';
import { CHART_SIZES } from '../theme';
import { CHART_COLOURS as C, el, label, NARROW_WIDTH, type ChartLayout, type SvgNode } from './svg-node';

const WIDTH = 520;
const ROW = 34;
const TRACK = 440;
const TOP = 6;

export function dimensionBarsSvg(
  spec: DimensionBarsChart,
  resolve: (t: Text) => string,
  layout: ChartLayout = 'print',
): SvgNode {
  const narrow = layout === 'narrow';
  const width = narrow ? NARROW_WIDTH : WIDTH;
  // Room for "100" after the bar.
  const track = narrow ? NARROW_WIDTH - 44 : TRACK;
  const small = narrow ? CHART_SIZES.label : CHART_SIZES.small;
  const height = TOP + spec.items.length * ROW;
  const rows = spec.items.map((item, i) => {
    const y = TOP + i * ROW;
    const name = label(
      { x: 0, y: y + 11, 'font-size': CHART_SIZES.label, fill: C.text },
      resolve(item.label),
    );
    const trackRect = el('rect', { x: 0, y: y + 16, width: track, height: 14, fill: C.track });
    if (item.score === null) {
      const none = label({ x: 8, y: y + 27, 'font-size': small, fill: C.muted }, resolve(spec.nullLabel));
      return el('g', {}, [name, trackRect, none]);
    }
    // A zero score still shows a sliver, so "0" reads as a result and not as a missing bar.
    const bar = el('rect', {
      x: 0,
      y: y + 16,
      width: Math.max(2, (track * item.score) / 100),
      height: 14,
      fill: C.bar,
    });
    const value = label(
      { x: track + 10, y: y + 28, 'font-size': CHART_SIZES.label, 'font-weight': 'bold', fill: C.text },
      String(item.score),
    );
    return el('g', {}, [name, trackRect, bar, value]);
  });
  return el(
    'svg',
    { xmlns: 'http://www.w3.org/2000/svg', width, height, viewBox: `0 0 ${width} ${height}` },
    rows,
  );
}
