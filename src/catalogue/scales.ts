// The shared answer scales (content-model §2.2): one list each, used by the answers schema, the
// form, the group counts, the catalogue check and the locale keys (style.md §12a).

export const UNSURE = 'unsure';

/** likert5: the points of the scale; "unsure" is an answer too, carrying no score. */
export const LIKERT_VALUES = [1, 2, 3, 4, 5] as const;
export type LikertValue = (typeof LIKERT_VALUES)[number];
export const LIKERT_ANSWERS = [...LIKERT_VALUES, UNSURE] as const;

export function isLikertValue(value: unknown): value is LikertValue {
  return (LIKERT_VALUES as readonly unknown[]).includes(value);
}

export const YES_NO_UNSURE_VALUES = ['yes', 'no', UNSURE] as const;
export type YesNoUnsure = (typeof YES_NO_UNSURE_VALUES)[number];

export function isYesNoUnsure(value: unknown): value is YesNoUnsure {
  return (YES_NO_UNSURE_VALUES as readonly unknown[]).includes(value);
}
