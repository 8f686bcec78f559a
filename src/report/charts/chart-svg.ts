// One entry point for both renderers: which drawing belongs to which chart spec, in which layout.
import { assertNever, type ChartSpec, type Text } from '../blocks';
import { dimensionBarsSvg } from './dimension-bars';
import { networkModelsSvg } from './network-models';
import { sideComparisonSvg } from './side-comparison';
import type { ChartLayout, SvgNode } from './svg-node';
import { thenNowSvg } from './then-now-bars';

/** The charts drawn differently for a narrow column. The workshop's side-by-side chart has one
 *  layout: it is read on a projector or a wide screen (issue 14). */
export const hasNarrowLayout = (spec: ChartSpec): boolean => spec.type !== 'sideComparison';

export function chartSvg(
  spec: ChartSpec,
  resolve: (t: Text) => string,
  layout: ChartLayout = 'print',
): SvgNode {
  switch (spec.type) {
    case 'dimensionBars':
      return dimensionBarsSvg(spec, resolve, layout);
    case 'networkModels':
      return networkModelsSvg(spec, resolve, layout);
    case 'sideComparison':
      return sideComparisonSvg(spec, resolve);
    case 'thenNow':
      return thenNowSvg(spec, resolve, layout);
    default:
      return assertNever(spec);
  }
}
