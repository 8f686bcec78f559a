// One participant of a workshop (content-model §8): a person or a group, one answers file.
import type { Answers } from '../catalogue/answers';
import type { Side } from '../catalogue/ids';
import type { Assessment } from '../assessment/schema';
import { sideOf } from '../catalogue/side';

export interface GroupParticipant {
  /** Stable and unique in the set (the UI and CLI use the file's content hash). */
  readonly id: string;
  /** The respondent label as typed; the only way a participant is named (issue 8, item 5). */
  readonly label?: string;
  /** Defaults to the answer to profile_side. */
  readonly side?: Side;
  readonly answers: Answers;
  /** assess(answers), computed once per file. */
  readonly assessment: Assessment;
}

/** The participant's side: as given at intake, else read from the answers by the one sideOf. */
export function participantSide(p: GroupParticipant): Side | null {
  return p.side ?? sideOf(p.answers) ?? null;
}
