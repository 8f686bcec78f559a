// One partnership per workshop (content-model-v2 §5). Files name their pair in either order and
// spelling; the key rule (partnership-pair.ts) makes "Haarlem–Emirdağ" and "EMİRDAĞ–haarlem" one
// pair. The chosen pair has the most files (ties: the pair of the earliest file); files about any
// other pair, or about no stated pair, are set apart and left out unless the facilitator includes
// them. Pure: the order of the input is the only order used.
import { partnershipKey } from '../answers/partnership-pair';
import type { GroupParticipant } from './participant';

/** The key of files that do not name both municipalities ("partnership not stated"). */
export const PAIR_NOT_STATED = 'not_stated';

export interface PairSummary {
  /** partnershipKey(…), or PAIR_NOT_STATED. */
  readonly key: string;
  /** As the pair's earliest file spells it; null for "not stated". */
  readonly own: string | null;
  readonly partner: string | null;
  readonly files: number;
  readonly included: boolean;
  /** The pair the group is about. */
  readonly chosen: boolean;
}

/** Which pairs besides the chosen one to include: 'all', or a list of pair keys. */
export type PairInclusion = 'all' | readonly string[];

export interface PairPartition {
  /** Chosen pair first, then the others by files (most first; ties: earliest file), not stated last. */
  readonly pairs: readonly PairSummary[];
  readonly included: readonly GroupParticipant[];
  readonly leftOut: readonly { readonly participant: GroupParticipant; readonly pair: PairSummary }[];
}

const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

export function pairKeyOf(p: GroupParticipant): string {
  return (
    partnershipKey(text(p.answers.profile_own_municipality), text(p.answers.profile_partner_municipality)) ??
    PAIR_NOT_STATED
  );
}

interface Tally {
  key: string;
  first: number;
  own: string | null;
  partner: string | null;
  files: number;
}

export function partitionByPair(
  participants: readonly GroupParticipant[],
  include: PairInclusion = [],
): PairPartition {
  const tallies = new Map<string, Tally>();
  const keys = participants.map((p, i) => {
    const key = pairKeyOf(p);
    const tally = tallies.get(key);
    if (tally === undefined) {
      const stated = key !== PAIR_NOT_STATED;
      tallies.set(key, {
        key,
        first: i,
        own: stated ? (text(p.answers.profile_own_municipality)?.trim() ?? null) : null,
        partner: stated ? (text(p.answers.profile_partner_municipality)?.trim() ?? null) : null,
        files: 1,
      });
    } else tally.files += 1;
    return key;
  });
  const byCount = (a: Tally, b: Tally) => b.files - a.files || a.first - b.first;
  const stated = [...tallies.values()].filter((t) => t.key !== PAIR_NOT_STATED).sort(byCount);
  const notStated = tallies.get(PAIR_NOT_STATED);
  // With no stated pair at all, the files without one are the group.
  const chosenKey = stated[0]?.key ?? PAIR_NOT_STATED;
  const isIncluded = (key: string) => key === chosenKey || include === 'all' || include.includes(key);
  const pairs: PairSummary[] = [...stated, ...(notStated === undefined ? [] : [notStated])].map((t) => ({
    key: t.key,
    own: t.own,
    partner: t.partner,
    files: t.files,
    included: isIncluded(t.key),
    chosen: t.key === chosenKey,
  }));
  const pairOf = new Map(pairs.map((p) => [p.key, p]));
  const included: GroupParticipant[] = [];
  const leftOut: { participant: GroupParticipant; pair: PairSummary }[] = [];
  participants.forEach((participant, i) => {
    const pair = pairOf.get(keys[i] ?? PAIR_NOT_STATED);
    if (pair === undefined || pair.included) included.push(participant);
    else leftOut.push({ participant, pair });
  });
  return { pairs, included, leftOut };
}
