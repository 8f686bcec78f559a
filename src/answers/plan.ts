// The action plan (issue 15, item 2): triggered action points the partnership decided to work on,
// each with an owner, a date and a status. It travels in the answers file as the additive, optional
// `plan` field (contract §1: add, never rename), so it is saved, opened and autosaved with the
// answers. A file without `plan` reads as an empty plan; an empty plan is not written, so files of
// people who never use it stay exactly as before.
import '../catalogue/zod-jitless'; // before any schema is created: see zod-jitless.ts
import { z } from 'zod';
import { normaliseText } from './value-schema';

export const PLAN_STATUSES = ['planned', 'in_progress', 'done'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** Bounded by design (style.md §12a): catalogue "2" has fewer than 40 action points. */
export const PLAN_MAX_ITEMS = 100;
export const PLAN_OWNER_MAX = 200;

/** An action point's id: its recommendation, then snake_case (`R7_inform_public`). A pattern, not
 *  the list of rules: the answers layer may not import the assessment, and catalogue "2" adds ids. */
const ACTION_ID = /^R[1-9][0-9]?_[a-z0-9_]+$/;

const owner = z.string().transform(normaliseText).pipe(z.string().max(PLAN_OWNER_MAX));

const planDate = z.iso.date();

/** A date the plan accepts (YYYY-MM-DD, a real day): the form checks with the file's own rule,
 *  so a date typed on screen can never make the autosaved file unreadable. */
export const isPlanDate = (value: string): boolean => planDate.safeParse(value).success;

export const planItemSchema = z.strictObject({
  actionId: z.string().regex(ACTION_ID),
  /** Free text: a person, a team or a department. */
  owner: owner.optional(),
  /** An all-day date (YYYY-MM-DD), no time zone: "by 1 March" means the same everywhere. */
  due: planDate.optional(),
  status: z.enum(PLAN_STATUSES),
});

const planListSchema = z
  .array(planItemSchema)
  .max(PLAN_MAX_ITEMS)
  .refine((items) => new Set(items.map((i) => i.actionId)).size === items.length);

export type PlanItem = z.infer<typeof planItemSchema>;
export type Plan = readonly PlanItem[];

/** Drops empty owners, so "" and absent read the same (as an unanswered question is absent). */
const tidyItem = (item: PlanItem): PlanItem => {
  const { owner: who, ...rest } = item;
  return who === undefined || who === '' ? rest : { ...rest, owner: who };
};

/** The `plan` field of the answers file. Any fault is one problem, `invalid_plan`: the plan is one
 *  unit for the user, and zod's per-element issues would read as noise. */
export const planFieldSchema = z.unknown().transform((value, ctx): Plan => {
  const result = planListSchema.safeParse(value);
  if (result.success) return result.data.map(tidyItem);
  ctx.addIssue({ code: 'custom', message: 'invalid_plan', input: value });
  return z.NEVER;
});

/** The plan of a file (files without one, from before the plan existed, read as empty). */
export const planOf = (file: { readonly plan?: Plan }): Plan => file.plan ?? [];

/** As written to a file: owners normalised as every text is (NFC, trimmed), empty ones dropped.
 *  Not done while typing, or a space typed between two words would vanish. */
export const normalisePlan = (plan: Plan): Plan =>
  plan.map((item) =>
    tidyItem(item.owner === undefined ? item : { ...item, owner: normaliseText(item.owner) }),
  );

/** Adds an item or replaces the one for the same action point; keeps the plan's order. */
export function upsertPlanItem(plan: Plan, item: PlanItem): Plan {
  const tidy = tidyItem(item);
  return plan.some((p) => p.actionId === item.actionId)
    ? plan.map((p) => (p.actionId === item.actionId ? tidy : p))
    : [...plan, tidy];
}

export const removePlanItem = (plan: Plan, actionId: string): Plan =>
  plan.filter((p) => p.actionId !== actionId);

export const planItemFor = (plan: Plan, actionId: string): PlanItem | undefined =>
  plan.find((p) => p.actionId === actionId);
