// The question catalogue (content-model.md §3, as changed by content-model-v2.md). Data only; see style.md §4.
import { actors } from './sections/actors';
import { conditions } from './sections/conditions';
import { exchange } from './sections/exchange';
import { learning } from './sections/learning';
import { objectives } from './sections/objectives';
import { outcomes } from './sections/outcomes';
import { profile } from './sections/profile';
import { translocal } from './sections/translocal';
import type { SectionId } from './ids';
import type { QuestionDef } from './types';

/** The one place the catalogue version is written (content-model-v2 §1). Older versions are read
 *  through answers/migrate.ts; this is what every saved file, Assessment and group result carries. */
export const CATALOGUE_VERSION = '2';

/** Sections in catalogue order (content-model §2.1). */
export const SECTIONS = [
  profile,
  objectives,
  actors,
  translocal,
  exchange,
  learning,
  conditions,
  outcomes,
] as const;

type AnySection = (typeof SECTIONS)[number];
export type QuestionId = AnySection['questions'][number]['id'];

/** A question of this catalogue: its shape, with the id narrowed to the catalogue's ids (so code
 *  that looks up answers by `q.id` needs no cast). */
export type CatalogueQuestion = QuestionDef & { readonly id: QuestionId };

/** Every question in catalogue order: the display order, the evaluation order of conditions and
 *  the order of every list of question ids in the output (content-model §2.1). */
export const QUESTIONS: readonly CatalogueQuestion[] = SECTIONS.flatMap(
  (s): readonly CatalogueQuestion[] => s.questions,
);

export const QUESTION_IDS: readonly QuestionId[] = QUESTIONS.map((q) => q.id);

const bySection = new Map<SectionId, readonly CatalogueQuestion[]>(
  SECTIONS.map((s): [SectionId, readonly CatalogueQuestion[]] => [s.id, s.questions]),
);

/** The questions of one section, in catalogue order (the same array on every call). */
export function questionsOf(sectionId: SectionId): readonly CatalogueQuestion[] {
  return bySection.get(sectionId) ?? [];
}
const byId = new Map<string, CatalogueQuestion>(QUESTIONS.map((q) => [q.id, q]));
const orderOf = new Map<string, number>(QUESTIONS.map((q, i) => [q.id, i]));

export function isQuestionId(id: string): id is QuestionId {
  return byId.has(id);
}

/** The question with this id; throws for an unknown id (a bug, never user input: check isQuestionId first). */
export function getQuestion(id: QuestionId): CatalogueQuestion {
  const q = byId.get(id);
  if (q === undefined) throw new Error(`Unknown question id: ${id}`);
  return q;
}

/** Sorts question ids into catalogue order and drops duplicates. */
export function inCatalogueOrder(ids: Iterable<string>): QuestionId[] {
  return [...new Set(ids)].filter(isQuestionId).sort((a, b) => (orderOf.get(a) ?? 0) - (orderOf.get(b) ?? 0));
}
