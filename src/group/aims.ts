// Aims side by side (content-model-v2 §5): each side's own aims (obj_main_objectives) next to what
// the other side thinks they are (obj_partner_objectives). This panel ignores §8.1's two-file rule:
// one partner's view is exactly what the room should see. obj_partner_objectives arrives with
// catalogue "2"; it is read from the answers defensively, so a catalogue without it gives 0 files.
import { optionsOf } from './options';
import type { Side } from '../catalogue/ids';
import type { FileFacts } from './facts';
import type { GroupAims } from './schema';

const AIM_OPTIONS: readonly string[] = optionsOf('obj_main_objectives');
const PARTNER_AIMS = 'obj_partner_objectives';

function chosen(value: unknown): readonly string[] | null {
  if (!Array.isArray(value)) return null;
  return value.filter((v): v is string => typeof v === 'string' && AIM_OPTIONS.includes(v));
}

function tally(lists: readonly (readonly string[])[]) {
  return AIM_OPTIONS.map((value) => ({ value, count: lists.filter((l) => l.includes(value)).length }));
}

/** For side s: what s's files say about their own aims, and what the other side's files think
 *  s's aims are. */
export function summariseAims(files: readonly FileFacts[]): GroupAims {
  const of = (side: Side) => files.filter((f) => f.side === side);
  const aims = (side: Side) => {
    const other: Side = side === 'destination' ? 'source' : 'destination';
    const seen = of(other).flatMap((f) => {
      const answers: Readonly<Record<string, unknown>> = f.participant.answers;
      const list = chosen(answers[PARTNER_AIMS]);
      return list === null ? [] : [list];
    });
    const ownLists = of(side).flatMap((f) => {
      const list = chosen(f.visible.get('obj_main_objectives'));
      return list === null ? [] : [list];
    });
    return {
      ownFiles: ownLists.length,
      own: tally(ownLists),
      partnerFiles: seen.length,
      seenByPartner: tally(seen),
    };
  };
  return { destination: aims('destination'), source: aims('source') };
}
