// Checks what the types cannot (style.md §4): a broken catalogue fails CI, not a workshop.
import { LIKERT_ANSWERS, YES_NO_UNSURE_VALUES } from './scales';
import './zod-jitless'; // before any schema is created: see zod-jitless.ts
import { z } from 'zod';
import type { SECTION_IDS } from './ids';
import { DIMENSION_IDS, ID_PATTERN, INDICATOR_IDS, RECOMMENDATION_IDS } from './ids';
import { QUESTION_TYPES, type Condition, type QuestionDef, type SectionDef } from './types';

const SECTION_PREFIX: Record<(typeof SECTION_IDS)[number], string> = {
  profile: 'profile_',
  objectives: 'obj_',
  actors: 'act_',
  translocal: 'tl_',
  exchange: 'ex_',
  learning: 'learn_',
  conditions: 'cond_',
  outcomes: 'out_',
};

const FEEDS = new Set<string>([
  ...DIMENSION_IDS.map((d) => `D:${d}`),
  ...INDICATOR_IDS.map((i) => `I:${i}`),
  'NM',
  'gate',
  ...RECOMMENDATION_IDS,
]);

const idSchema = z.string().regex(ID_PATTERN);

const questionSchema = z
  .object({
    id: idSchema,
    type: z.enum(QUESTION_TYPES),
    required: z.boolean().optional(),
    source: z.string().min(1),
    feeds: z.array(z.string().refine((f) => FEEDS.has(f), 'unknown feed target')).optional(),
    options: z.array(idSchema).optional(),
  })
  .loose()
  .superRefine((q, ctx) => {
    const hasOptions = q.type === 'single' || q.type === 'multi';
    if (hasOptions && (q.options === undefined || q.options.length < 2))
      ctx.addIssue({ code: 'custom', message: `${q.id}: a ${q.type} question needs options` });
    if (q.options !== undefined && new Set(q.options).size !== q.options.length)
      ctx.addIssue({ code: 'custom', message: `${q.id}: options must be unique` });
  });

/** Leaves of a condition, for reference checks. */
export function conditionLeaves(cond: Condition): Extract<Condition, { question: string }>[] {
  if ('all' in cond) return cond.all.flatMap(conditionLeaves);
  if ('any' in cond) return cond.any.flatMap(conditionLeaves);
  if ('not' in cond) return conditionLeaves(cond.not);
  return [cond];
}

/** The option-like values a leaf may name, for a question of the given type. */
export function valuesOf(q: QuestionDef): readonly (string | number)[] {
  switch (q.type) {
    case 'single':
    case 'multi':
      return q.options;
    case 'likert5':
      return LIKERT_ANSWERS;
    case 'yes_no_unsure':
      return YES_NO_UNSURE_VALUES;
    default:
      return [];
  }
}

/** Problems with a condition used by a question (or a rule) at position `before` in catalogue order. */
export function conditionProblems(
  cond: Condition,
  questions: readonly QuestionDef[],
  before: number = questions.length,
): string[] {
  const problems: string[] = [];
  for (const leaf of conditionLeaves(cond)) {
    const idx = questions.findIndex((q) => q.id === leaf.question);
    const target = questions[idx];
    if (target === undefined) {
      problems.push(`refers to unknown question ${leaf.question}`);
      continue;
    }
    if (idx >= before) problems.push(`refers to ${leaf.question}, which is not earlier in the catalogue`);
    const allowed = valuesOf(target);
    const named =
      'equals' in leaf
        ? [leaf.equals]
        : 'in' in leaf
          ? leaf.in
          : 'includes' in leaf
            ? [leaf.includes]
            : 'excludes' in leaf
              ? [leaf.excludes]
              : [];
    for (const v of named)
      if (!allowed.includes(v)) problems.push(`${leaf.question} has no value ${String(v)}`);
    if (('includes' in leaf || 'excludes' in leaf) && target.type !== 'multi')
      problems.push(`includes/excludes used on non-multi question ${leaf.question}`);
    if (('lte' in leaf || 'gte' in leaf) && target.type !== 'likert5' && target.type !== 'number')
      problems.push(`lte/gte used on non-numeric question ${leaf.question}`);
  }
  return problems;
}

/** Every problem in a catalogue; empty when it is sound. */
export function catalogueProblems(sections: readonly SectionDef[]): string[] {
  const problems: string[] = [];
  const questions = sections.flatMap((s) => s.questions);
  const seen = new Set<string>();
  for (const s of sections) {
    for (const q of s.questions) {
      const parsed = questionSchema.safeParse(q);
      if (!parsed.success) problems.push(...parsed.error.issues.map((i) => `${q.id}: ${i.message}`));
      if (seen.has(q.id)) problems.push(`${q.id}: duplicate id`);
      seen.add(q.id);
      if (!q.id.startsWith(SECTION_PREFIX[s.id]))
        problems.push(`${q.id}: lacks prefix ${SECTION_PREFIX[s.id]}`);
      if (q.showIf !== undefined) {
        const at = questions.indexOf(q);
        problems.push(...conditionProblems(q.showIf, questions, at).map((p) => `${q.id}: ${p}`));
      }
    }
  }
  return problems;
}
