// Pieces of the summary the front page uses: the network model in one sentence, and the
// strongest and weakest of a set of dimensions.
import type { Assessment, DimensionResult } from '../assessment/schema';
import { networkModelDescription, networkModelName } from '../i18n/keys';
import { text, type Text } from './blocks';

export function networkModelSentence(a: Assessment): Text {
  const id = a.networkModel.id;
  if (id === null)
    return text('report.summary.networkModelUnknown', {
      description: text(networkModelDescription('unknown')),
    });
  return text('report.summary.networkModel', {
    model: text(networkModelName(id)),
    description: text(networkModelDescription(id)),
  });
}

/** Strongest and weakest among the scored dimensions (a null score is never chosen); ties go to
 *  the earlier one in the order given (§5.3 order). */
export function extremes(
  dims: readonly DimensionResult[],
): { strongest: DimensionResult; weakest: DimensionResult } | null {
  let strongest: DimensionResult | undefined;
  let weakest: DimensionResult | undefined;
  for (const d of dims) {
    if (d.score === null) continue;
    if (strongest?.score == null || d.score > strongest.score) strongest = d;
    if (weakest?.score == null || d.score < weakest.score) weakest = d;
  }
  return strongest === undefined || weakest === undefined ? null : { strongest, weakest };
}
