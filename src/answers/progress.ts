// How far a session is, per section and overall (issue 6): what the task list and the progress
// line show. Counts only applicable questions, so a hidden question is neither "to do" nor "done".
import { questionsOf, SECTIONS, type CatalogueQuestion, type QuestionId } from '../catalogue/catalogue';
import { resolveApplicability, type Applicability } from '../catalogue/conditions';
import type { Answers } from '../catalogue/answers';
import type { SectionId } from '../catalogue/ids';

export const SECTION_STATUSES = ['not_started', 'in_progress', 'complete'] as const;
export type SectionStatus = (typeof SECTION_STATUSES)[number];

export interface SectionProgress {
  readonly sectionId: SectionId;
  /** Applicable questions of this section. */
  readonly applicable: number;
  /** Applicable questions with an answer; "unsure", dont_know and "none of these" count (content-model §1.4). */
  readonly answered: number;
  /** Applicable required questions still unanswered, in catalogue order. */
  readonly requiredMissing: readonly QuestionId[];
  readonly status: SectionStatus;
}

export interface SessionProgress {
  readonly applicable: number;
  readonly answered: number;
  readonly sections: readonly SectionProgress[];
  /** Every section complete: what the UI asks before it calls the session complete. */
  readonly complete: boolean;
}

/**
 * Status rule (our choice, issue 6):
 * - not_started: no applicable question of the section answered;
 * - complete: every applicable required question answered AND at least half of the applicable
 *   questions answered (2·answered ≥ applicable). The half mirrors the scoring rule of
 *   content-model §5.4 — below half a score becomes null — so "complete" means the section can
 *   give the report something to work with, while optional questions may still be skipped;
 * - in_progress: anything in between.
 */
export function sectionStatus(applicable: number, answered: number, requiredMissing: number): SectionStatus {
  if (answered === 0) return 'not_started';
  if (requiredMissing === 0 && 2 * answered >= applicable) return 'complete';
  return 'in_progress';
}

export function sectionProgress(
  sectionId: SectionId,
  answers: Answers,
  applicability: Applicability = resolveApplicability(answers),
): SectionProgress {
  const section = SECTIONS.find((s) => s.id === sectionId);
  if (section === undefined) throw new Error(`Unknown section id: ${sectionId}`);
  const applicableIds = new Set<string>(applicability.applicable);
  const questions = questionsOf(section.id).filter((q) => applicableIds.has(q.id));
  const isAnswered = (q: CatalogueQuestion) => answers[q.id] !== undefined;
  const answered = questions.filter(isAnswered).length;
  const requiredMissing = questions.filter((q) => q.required === true && !isAnswered(q)).map((q) => q.id);
  return {
    sectionId,
    applicable: questions.length,
    answered,
    requiredMissing,
    status: sectionStatus(questions.length, answered, requiredMissing.length),
  };
}

export function sessionProgress(
  answers: Answers,
  applicability: Applicability = resolveApplicability(answers),
): SessionProgress {
  const sections = SECTIONS.map((s) => sectionProgress(s.id, answers, applicability));
  return {
    applicable: sections.reduce((n, s) => n + s.applicable, 0),
    answered: sections.reduce((n, s) => n + s.answered, 0),
    sections,
    complete: sections.every((s) => s.status === 'complete'),
  };
}
