// The value shapes of contract §1, as seen by pure code. The answers file schema (answers/)
// checks them at the edge; everything behind it may rely on them.
import type { QuestionId } from './catalogue';
import { UNSURE } from './scales';

export type AnswerValue = string | number | readonly string[];

/** An unanswered question is absent (contract §1): never null, never "". */
export type Answers = Readonly<Partial<Record<QuestionId, AnswerValue>>>;

/** "unsure" and dont_know are answers that carry no score (content-model §5.2). */
export const NO_SCORE_VALUES: readonly string[] = [UNSURE, 'dont_know'];
