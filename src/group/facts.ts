// What the group needs to know about one file, settled once (500 files must aggregate fast).
import type { VisibleAnswers } from '../catalogue/conditions';
import { resolveApplicability } from '../catalogue/conditions';
import type { Side } from '../catalogue/ids';
import { exactRatios, type ExactRatios } from '../assessment/exact-ratios';
import { participantSide, type GroupParticipant } from './participant';

export interface FileFacts {
  readonly participant: GroupParticipant;
  readonly side: Side | null;
  readonly applicable: ReadonlySet<string>;
  /** Present and applicable answers only: hidden answers never count (contract §1). */
  readonly visible: VisibleAnswers;
  readonly ratios: ExactRatios;
}

export function factsOf(participant: GroupParticipant): FileFacts {
  const { applicable: list, visible } = resolveApplicability(participant.answers);
  const applicable = new Set(list);
  return {
    participant,
    side: participantSide(participant),
    applicable,
    visible,
    ratios: exactRatios({ applicable, visible }),
  };
}
