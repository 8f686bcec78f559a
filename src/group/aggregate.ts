// aggregateGroup(participants) → GroupResult (content-model §8 with v2 §5; issues 8, 14). Pure and
// deterministic: every list is in a fixed order (catalogue, §5.3/§5.4, R order, or sorted), so
// shuffling the files of one partnership gives the same result. Which partnership is chosen depends
// on input order only on a tie (v2 §5: the pair of the earliest file).
import { CATALOGUE_VERSION } from '../catalogue/catalogue';
import { DIMENSION_IDS, INDICATOR_IDS } from '../catalogue/ids';
import type { Ratio } from '../assessment/rounding';
import { summariseAims } from './aims';
import { rankDisagreement } from './discussion';
import { factsOf, type FileFacts } from './facts';
import { summariseNetworkModel } from './network-model';
import type { GroupParticipant } from './participant';
import { cmp, summariseQuestions } from './questions';
import { partitionByPair, type PairInclusion } from './pairs';
import { groupRecommendations } from './recommendations';
import { roleOf, summariseRoles } from './roles';
import type { GroupDimension, GroupIndicator, GroupMember, GroupResult } from './schema';
import { summariseScore } from './scores';
import { filesForScore } from './not-applicable';
import { groupLearningBalance } from './learning-balance';
import { groupRestsOnEnoughItems } from './recommendations';

export const GROUP_FORMAT = 'partnership-mirror/group';

type Lens = 'dimensions' | 'indicators';

// §8.2: one dimension or indicator over the files; both lenses are summarised the same way.
function groupScore<L extends Lens>(lens: L, id: GroupResult[L][number]['id'], all: readonly FileFacts[]) {
  // content-model-v2 §5: a score that does not apply to some files is computed over the others.
  const { files, notApplicable } = filesForScore(id, all);
  const summary = summariseScore(
    files.map((f) => {
      const ratios: ReadonlyMap<string, Ratio> = f.ratios[lens];
      return {
        score: f.participant.assessment[lens].find((d) => d.id === id)?.score ?? null,
        side: f.side,
        coverage: ratios.get(id) ?? [0, 1],
      };
    }),
  );
  return { id, ...summary, score: notApplicable ? null : summary.score, notApplicable };
}

function memberOf(f: FileFacts): GroupMember {
  const { id, label, assessment } = f.participant;
  return {
    id,
    label: label ?? null,
    side: f.side,
    role: roleOf(f),
    networkModel: assessment.networkModel.id,
    dimensions: assessment.dimensions.map((d) => ({ id: d.id, score: d.score })),
  };
}

export interface AggregateOptions {
  /** Other partnerships to include besides the chosen one (content-model-v2 §5). */
  readonly includePairs?: PairInclusion;
}

/** The pairs of the set and the group of the included files. */
export function aggregateGroup(
  participants: readonly GroupParticipant[],
  options: AggregateOptions = {},
): GroupResult {
  if (participants.length === 0) throw new Error('aggregateGroup needs at least one participant');
  const partition = partitionByPair(participants, options.includePairs);
  const files = partition.included.map(factsOf);
  const dimensions: GroupDimension[] = DIMENSION_IDS.map((id) => groupScore('dimensions', id, files));
  const indicators: GroupIndicator[] = INDICATOR_IDS.map((id) => {
    // Only dimensions carry notApplicable (content-model-v2 §2.1); an indicator is just null.
    const { notApplicable: _, ...indicator } = groupScore('indicators', id, files);
    return indicator;
  });
  const questions = summariseQuestions(files);
  const count = (side: FileFacts['side']) => files.filter((f) => f.side === side).length;
  return {
    format: GROUP_FORMAT,
    formatVersion: 1,
    catalogueVersion: CATALOGUE_VERSION,
    participants: files.length,
    sides: { destination: count('destination'), source: count('source'), none: count(null) },
    pairs: partition.pairs.map((p) => ({ ...p })),
    dimensions,
    indicators,
    networkModel: summariseNetworkModel(files),
    recommendations: groupRecommendations(files, {
      dimensions,
      indicators,
      restsOnEnoughItems: groupRestsOnEnoughItems(files),
    }),
    questions,
    discussion: rankDisagreement(questions),
    members: files
      .map(memberOf)
      .sort((a, b) => cmp(a.label ?? '\uffff', b.label ?? '\uffff') || cmp(a.id, b.id)),
    learningBalance: groupLearningBalance(files),
    aims: summariseAims(files),
    roles: summariseRoles(files),
  };
}
