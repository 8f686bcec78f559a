// Next year's mirror (issue 15) hooks into the advice report here, without the report's own
// builders knowing: the comparison goes right after the first part (what to do first), the action plan
// at the very end. Pure, like buildReport.
import type { Plan } from '../answers/plan';
import type { Comparison } from '../assessment/comparison-schema';
import type { Block, ReportDocument } from './blocks';
import { comparisonBlocks } from './build-comparison';
import { planBlocks } from './build-plan';

export interface FollowUp {
  readonly comparison?: Comparison;
  readonly plan?: Plan;
}

/** Index of the second part: where the first part (after the cover) ends. */
function endOfFirstPart(blocks: readonly Block[]): number {
  let parts = 0;
  for (let i = 0; i < blocks.length; i++) {
    if (blocks[i]?.kind === 'section' && ++parts === 2) return i;
  }
  return blocks.length;
}

export function withFollowUp(doc: ReportDocument, followUp: FollowUp): ReportDocument {
  const comparison = followUp.comparison === undefined ? [] : comparisonBlocks(followUp.comparison);
  const plan = planBlocks(followUp.plan ?? []);
  if (comparison.length === 0 && plan.length === 0) return doc;
  const at = endOfFirstPart(doc.blocks);
  return {
    ...doc,
    blocks: [...doc.blocks.slice(0, at), ...comparison, ...doc.blocks.slice(at), ...plan],
  };
}
