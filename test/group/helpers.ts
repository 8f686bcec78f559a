// Building workshop participants from answers, the way the page and the CLI do (assess once).
import type { Answers } from '../../src/catalogue/answers';
import type { Side } from '../../src/catalogue/ids';
import { assess } from '../../src/assessment/assess';
import type { GroupParticipant } from '../../src/group/participant';
import { answersWith, type AnswerOverrides } from '../fixtures/answers';

export function participant(id: string, answers: Answers, label?: string): GroupParticipant {
  return { id, answers, assessment: assess(answers), ...(label !== undefined ? { label } : {}) };
}

/** A participant on one side, from the favourable base answers with some changes. */
export function member(
  id: string,
  side: Side | undefined,
  overrides: AnswerOverrides = {},
): GroupParticipant {
  return participant(id, answersWith({ profile_side: side, ...overrides }));
}

/** similarity = 30: 2 → 25 (×2), 2 → 25 (×2), one peer method of two → 50 (×1): 150 / 5. */
export const SIMILARITY_30: AnswerOverrides = {
  cond_professional_similarity: 2,
  ex_peer_contact: 2,
  ex_methods: ['peer_to_peer'],
};
/** similarity = 100. */
export const SIMILARITY_100: AnswerOverrides = {
  cond_professional_similarity: 5,
  ex_peer_contact: 5,
  ex_methods: ['peer_to_peer', 'on_the_job'],
};
