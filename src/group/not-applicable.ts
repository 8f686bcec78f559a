// content-model-v2 §5, "not applicable in the group": the group's sixth dimension (and
// translocal_use) does not apply exactly when the group's R7 does not (R7 applies to fewer than
// half the files, §8.5). Otherwise the files for which it does not apply are left out of N and
// N_side, so a pair without ties does not pull the others' score to null.
import type { DimensionId, IndicatorId } from '../catalogue/ids';
import { APPLIES_ONLY_WITH } from '../assessment/not-applicable';
import type { FileFacts } from './facts';

/** Whether the score applies to this one file (its recommendation applies to it). */
export function appliesToFile(id: DimensionId | IndicatorId, f: FileFacts): boolean {
  const recommendation = APPLIES_ONLY_WITH[id];
  if (recommendation === undefined) return true;
  const r = f.participant.assessment.recommendations.find((x) => x.id === recommendation);
  return r !== undefined && r.priority !== 'not_applicable';
}

/** The files a group score is computed over, and whether the score applies to the group at all:
 *  the same majority as the group's recommendation (applicable for at least half the files). */
export function filesForScore(
  id: DimensionId | IndicatorId,
  files: readonly FileFacts[],
): { files: readonly FileFacts[]; notApplicable: boolean } {
  if (APPLIES_ONLY_WITH[id] === undefined) return { files, notApplicable: false };
  const applying = files.filter((f) => appliesToFile(id, f));
  // Not applicable to the group: no score, but coverage and the rest over every file, as for one
  // file (v2 §2.1), so a group of one is that file.
  if (2 * applying.length < files.length) return { files, notApplicable: true };
  return { files: applying, notApplicable: false };
}
