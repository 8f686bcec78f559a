// The shape of catalogue data (style.md §4). No text here: labels and help come from the
// locales, keyed by these ids.
import type { DimensionId, IndicatorId, RecommendationId, SectionId } from './ids';

export const QUESTION_TYPES = [
  'single',
  'multi',
  'likert5',
  'yes_no_unsure',
  'number',
  'short_text',
  'long_text',
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** A value a condition can compare with: an option id, yes/no/unsure, or a number. */
export type ConditionValue = string | number;

/** content-model §4.1: conditions are data, never expression strings. */
export type Condition =
  | { readonly question: string; readonly answered: true }
  | { readonly question: string; readonly equals: ConditionValue }
  | { readonly question: string; readonly in: readonly ConditionValue[] }
  | { readonly question: string; readonly includes: string }
  | { readonly question: string; readonly excludes: string }
  | { readonly question: string; readonly lte: number }
  | { readonly question: string; readonly gte: number }
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] }
  | { readonly not: Condition };

/** What an answer is used for (content-model §2.2, "feeds"). How it is scored lives in assessment/. */
export type Feed = `D:${DimensionId}` | `I:${IndicatorId}` | 'NM' | 'gate' | RecommendationId;

interface QuestionBase {
  readonly id: string;
  /** The UI asks for it before the session counts as complete; import and assess never demand it. */
  readonly required?: boolean;
  /** Absent = always shown. */
  readonly showIf?: Condition;
  readonly feeds?: readonly Feed[];
  /** Research grounding, as in content-model §3 (citation keys of §1.1). */
  readonly source: string;
  /** Wording depends on profile_side (content-model §3.9, marked S). */
  readonly sideWording?: boolean;
}

export interface SingleQuestion extends QuestionBase {
  readonly type: 'single';
  readonly options: readonly string[];
}
export interface MultiQuestion extends QuestionBase {
  readonly type: 'multi';
  readonly options: readonly string[];
  /** "none ok": the empty array is a valid answer meaning "none of these". */
  readonly noneOk?: boolean;
}
export interface Likert5Question extends QuestionBase {
  readonly type: 'likert5';
  /** A = agreement, E = extent (content-model §2.2). */
  readonly scale: 'agree' | 'extent';
  readonly reverse?: boolean;
}
export interface YesNoUnsureQuestion extends QuestionBase {
  readonly type: 'yes_no_unsure';
  readonly reverse?: boolean;
}
export interface NumberQuestion extends QuestionBase {
  readonly type: 'number';
  readonly min: number;
  readonly max: number;
  readonly unit: 'years';
}
export interface TextQuestion extends QuestionBase {
  readonly type: 'short_text' | 'long_text';
  readonly maxLength: number;
}

export type QuestionDef =
  SingleQuestion | MultiQuestion | Likert5Question | YesNoUnsureQuestion | NumberQuestion | TextQuestion;

export interface SectionDef {
  readonly id: SectionId;
  readonly questions: readonly QuestionDef[];
}

/** Keeps ids literal, so QuestionId is a union and a typo in a rule fails to compile (style.md §4). */
export function defineSection<const S extends SectionDef>(section: S): S {
  return section;
}
