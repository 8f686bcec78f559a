// One entry point for both renderers: which drawing belongs to which chart spec.
import { assertNever, type ChartSpec, type Text } from '../blocks';
import { dimensionBarsSvg } from './dimension-bars';
import { networkModelsSvg } from './network-models';
import { sideComparisonSvg } from './side-comparison';
import type { SvgNode } from './svg-node';
import { thenNowSvg } from './then-now-bars';

export function chartSvg(spec: ChartSpec, resolve: (t: Text) => string): SvgNode {
  switch (spec.type) {
    case 'dimensionBars':
      return dimensionBarsSvg(spec, resolve);
    case 'networkModels':
      return networkModelsSvg(spec, resolve);
    case 'sideComparison':
      return sideComparisonSvg(spec, resolve);
    case 'thenNow':
      return thenNowSvg(spec, resolve);
    default:
      return assertNever(spec);
  }
}
