// Notes that put a result in context (content-model-v2 §1, §3, §4), as small builders the report's
// parts call: a file made with an older catalogue, who is answering, patterns the research found
// in most Dutch municipalities, the partnership as a whole versus single projects, and the
// migration link as a given of the pair. Keys and params only (style.md §6).
import type { MessageKey } from '../i18n/keys';
import type { Answers } from '../catalogue/answers';
import { CATALOGUE_VERSION } from '../catalogue/catalogue';
import { ADDED_SINCE } from '../answers/migrate';
import type { RecommendationId } from '../catalogue/ids';
import { profile } from '../catalogue/sections/profile';
import { sideOf } from '../catalogue/side';
import type { Assessment, DimensionResult } from '../assessment/schema';
import { actionLabel, civilSocietyActionLabel, migrationLinkLabel } from '../i18n/keys';
import { text, type Block, type Text } from './blocks';

/** v2 §1: said once, when the answers file was made with an older catalogue and the questions
 *  added since are still unanswered (the note says they are; once answered it would be untrue). */
export function migratedNoteBlocks(madeWithCatalogue: string | undefined, answers: Answers): Block[] {
  if (madeWithCatalogue === undefined || madeWithCatalogue === CATALOGUE_VERSION) return [];
  const added = ADDED_SINCE.get(madeWithCatalogue) ?? [];
  if (added.some((id) => answers[id] !== undefined)) return [];
  return [{ kind: 'paragraph', text: text('report.notes.migrated', { version: madeWithCatalogue }) }];
}

/** v2 §3, "who is answering": the roles for which the action points address someone else. */
const ROLE_NOTES: Readonly<Record<string, MessageKey>> = {
  civil_society: 'report.notes.roleCivilSociety',
  other: 'report.notes.roleOther',
};

/** Said once, before the recommendations. */
export function roleNoteBlocks(answers: Answers): Block[] {
  const role = answers.profile_role;
  const key = typeof role === 'string' && Object.hasOwn(ROLE_NOTES, role) ? ROLE_NOTES[role] : undefined;
  return key === undefined ? [] : [{ kind: 'paragraph', text: text(key) }];
}

/** v2 §3: the recommendations whose action points have a wording addressed to a civil-society
 *  organisation ("ask", "propose", "work with") rather than to the municipality. */
const CIVIL_SOCIETY_WORDING: ReadonlySet<RecommendationId> = new Set(['R4', 'R7']);

/** The text of an action point for this respondent. */
export function actionText(recommendation: RecommendationId, action: string, answers: Answers): Text {
  return answers.profile_role === 'civil_society' && CIVIL_SOCIETY_WORDING.has(recommendation)
    ? text(civilSocietyActionLabel(action))
    : text(actionLabel(recommendation, action));
}

/** v2 §4: profile answers say who answers, never why an action point applies. */
const PROFILE_QUESTIONS: ReadonlySet<string> = new Set(profile.questions.map((q) => q.id));
export const isReasonQuestion = (id: string): boolean => !PROFILE_QUESTIONS.has(id);

/** v2 §3, "expected patterns": R1 and R2 fired for most destination-side (Dutch) municipalities in
 *  the research (ch. 9.4, 9.5). Said where they appear with action points, for that side. */
const EXPECTED_ON_DESTINATION_SIDE: ReadonlySet<RecommendationId> = new Set(['R1', 'R2']);

/** v2 §1: where the network model and R1 are shown, the tool's view is the partnership as a whole. */
const WHOLE_PARTNERSHIP = text('report.notes.wholePartnership');

export function wholePartnershipBlocks(): Block[] {
  return [{ kind: 'paragraph', text: WHOLE_PARTNERSHIP }];
}

/** The notes that follow one recommendation's block. */
export function recommendationNoteBlocks(
  r: { readonly id: RecommendationId; readonly actions: readonly unknown[] },
  answers: Answers,
): Block[] {
  const blocks: Block[] = [];
  if (EXPECTED_ON_DESTINATION_SIDE.has(r.id) && r.actions.length > 0 && sideOf(answers) === 'destination')
    blocks.push({ kind: 'paragraph', text: text('report.notes.expectedPattern') });
  if (r.id === 'R1') blocks.push(...wholePartnershipBlocks());
  return blocks;
}

/** v2 §2.1: in the summary, the sixth dimension beside the strongest and weakest of the five,
 *  with the migration link as context. */
export function sixthDimensionSummaryBlocks(a: Assessment, answers: Answers): Block[] {
  const d = a.dimensions.find((x) => x.id === 'translocal');
  if (d === undefined) return [];
  if (d.notApplicable) return [{ kind: 'paragraph', text: text('report.notes.sixthSummaryNotApplicable') }];
  if (d.score === null) return [];
  const link = answers.tl_diaspora_link;
  return [
    {
      kind: 'paragraph',
      text:
        typeof link === 'string'
          ? text('report.notes.sixthSummaryWithLink', {
              score: d.score,
              link: text(migrationLinkLabel(link)),
            })
          : text('report.notes.sixthSummary', { score: d.score }),
    },
  ];
}

/** v2 §2.1: the sixth dimension shows the migration link as context, and says in words when it
 *  does not apply (not as a score, and not as "too few answers"). */
export function sixthDimensionContextBlocks(d: DimensionResult, answers: Answers): Block[] {
  if (d.id !== 'translocal') return [];
  const link = answers.tl_diaspora_link;
  const blocks: Block[] = [];
  if (typeof link === 'string')
    blocks.push({
      kind: 'paragraph',
      text: text('report.notes.migrationLink', { link: text(migrationLinkLabel(link)) }),
    });
  if (d.notApplicable) blocks.push({ kind: 'paragraph', text: text('report.notes.sixthNotApplicable') });
  return blocks;
}
