// The charts' two layouts (issue 18, item 6): `print` is the PDF's drawing, unchanged; `narrow` is
// for a phone's column: 320 units wide, no label under 13 units, every label inside the drawing
// by the same width estimate the layout wraps with, in both languages.
import { describe, expect, it } from 'vitest';
import { DIMENSION_IDS, NETWORK_MODEL_IDS } from '../../../src/catalogue/ids';
import { dimensionName, networkModelName } from '../../../src/i18n/keys';
import { fixedT } from '../../../src/i18n/setup';
import { text, type ChartSpec, type Text } from '../../../src/report/blocks';
import { chartSvg, hasNarrowLayout } from '../../../src/report/charts/chart-svg';
import { estimateWidth, NARROW_WIDTH, wrapWords, type SvgNode } from '../../../src/report/charts/svg-node';

const specs: ChartSpec[] = [
  {
    type: 'dimensionBars',
    items: DIMENSION_IDS.map((id, i) => ({
      id,
      label: text(dimensionName(id)),
      score: i === 2 ? null : i * 20,
    })),
    nullLabel: text('report.indicators.tooFew'),
  },
  {
    type: 'thenNow',
    items: DIMENSION_IDS.map((id, i) => ({
      label: text(dimensionName(id)),
      then: i === 1 ? null : 100 - i * 10,
      now: 100,
      // The longest change text.
      change: text('comparison.change.unknown'),
    })),
    legend: { then: text('comparison.legend.then'), now: text('comparison.legend.now') },
    nullLabel: text('report.indicators.tooFew'),
  },
  ...[null, ...NETWORK_MODEL_IDS].map((highlighted): ChartSpec => ({
    type: 'networkModels',
    models: NETWORK_MODEL_IDS.map((m) => ({ id: m, label: text(networkModelName(m)) })),
    highlighted,
    axisX: text('report.networkModel.axisX'),
    axisY: text('report.networkModel.axisY'),
    yours: text('report.networkModel.yours'),
  })),
];

const texts = (n: SvgNode): SvgNode[] => [
  ...(n.tag === 'text' ? [n] : []),
  ...(n.children ?? []).flatMap(texts),
];

/** A label's horizontal extent by its anchor and the estimate. */
function extent(t: SvgNode): [number, number] {
  const x = Number(t.attrs.x);
  const w = estimateWidth(t.text ?? '', Number(t.attrs['font-size']), t.attrs['font-weight'] === 'bold');
  if (t.attrs['text-anchor'] === 'middle') return [x - w / 2, x + w / 2];
  if (t.attrs['text-anchor'] === 'end') return [x - w, x];
  return [x, x + w];
}

describe.each(['nl', 'en'] as const)('chart layouts in %s', (lang) => {
  const t = fixedT(lang, { strict: true });
  const resolve = (x: Text) => String(t(x.key, x.params));

  it.each(specs.map((s) => [s.type, s] as const))(
    'draws %s narrow: 320 wide, labels ≥ 13, inside',
    (_, spec) => {
      expect(hasNarrowLayout(spec)).toBe(true);
      const svg = chartSvg(spec, resolve, 'narrow');
      expect(svg.attrs.width).toBe(NARROW_WIDTH);
      const labels = texts(svg);
      expect(labels.length).toBeGreaterThan(3);
      for (const label of labels) {
        expect(Number(label.attrs['font-size'])).toBeGreaterThanOrEqual(13);
        const [from, to] = extent(label);
        expect([label.text, from >= 0 && to <= NARROW_WIDTH]).toEqual([label.text, true]);
        expect(Number(label.attrs.y)).toBeLessThanOrEqual(Number(svg.attrs.height));
      }
    },
  );

  it('keeps the print drawing as the PDF had it', () => {
    expect(specs.map((spec) => chartSvg(spec, resolve).attrs.width)).toEqual([
      520,
      640,
      ...specs.slice(2).map(() => 520),
    ]);
    expect(chartSvg(specs[2] as ChartSpec, resolve).attrs.height).toBe(178);
  });
});

describe('wrapWords', () => {
  it('fills lines up to the width and never splits a word', () => {
    expect(wrapWords('aa bb cc', estimateWidth('aa bb', 10), 10)).toEqual(['aa bb', 'cc']);
    expect(wrapWords('averyveryverylongword x', 5, 10)).toEqual(['averyveryverylongword', 'x']);
    expect(wrapWords('  ', 100, 10)).toEqual([]);
  });
});
