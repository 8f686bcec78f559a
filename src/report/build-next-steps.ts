// The front page: what to do first (content-model-v2 §4; issue 18, item 1). Up to five action
// points taken round by round over the recommendations in the Assessment's order, so one
// recommendation cannot fill the page; then the network model, the strongest and weakest of the
// five dimensions of ch. 9.5.1, the sixth beside them, coverage, both sides' aims and the projects.
import type { MessageKey } from '../i18n/keys';
import type { Answers } from '../catalogue/answers';
import { isQuestionId, type QuestionId } from '../catalogue/catalogue';
import { DIMENSION_IDS } from '../catalogue/ids';
import { sideOf } from '../catalogue/side';
import type { ActionResult, Assessment, DimensionResult, RecommendationResult } from '../assessment/schema';
import { answerParts } from '../i18n/answer-text';
import { actionLabel, dimensionName, recommendationTitle } from '../i18n/keys';
import { cell, text, type Block, type Cell, type Text } from './blocks';
import { extremes, networkModelSentence } from './build-summary';
import { questionText } from './quote';
import { isReason, type QuoteLedger } from './quote-ledger';

export const MAX_FIRST_STEPS = 5;

export interface FirstStep {
  readonly recommendation: RecommendationResult;
  readonly action: ActionResult;
}

/** Round one takes the first action point of each recommendation (in the given order), round two
 *  the second of each, and so on, until `max` are taken. Not-applicable ones have none. */
export function firstSteps(
  recommendations: readonly RecommendationResult[],
  max = MAX_FIRST_STEPS,
): FirstStep[] {
  const steps: FirstStep[] = [];
  const rounds = Math.max(0, ...recommendations.map((r) => r.actions.length));
  for (let round = 0; round < rounds && steps.length < max; round += 1) {
    for (const r of recommendations) {
      const action = r.priority === 'not_applicable' ? undefined : r.actions[round];
      if (action !== undefined && steps.length < max) steps.push({ recommendation: r, action });
    }
  }
  return steps;
}

/** The five dimensions of ch. 9.5.1 (similarity … equality): the sixth is shown beside them. */
const FIVE = DIMENSION_IDS.filter((id) => id !== 'translocal');

/** A question in the answers map that may not exist in this catalogue yet (catalogue "2"). */
function optionalAnswer(answers: Answers, id: string): { id: QuestionId; value: Answers[QuestionId] } | null {
  if (!isQuestionId(id)) return null;
  const value = answers[id];
  return value === undefined ? null : { id, value };
}

/** One line of why, in words, from the first answered non-profile trigger. */
function becauseLine(action: ActionResult, answers: Answers, ledger: QuoteLedger): Text | undefined {
  const reasons = action.triggers.filter((id) => isReason(id) && optionalAnswer(answers, id) !== null);
  const first = reasons[0];
  const found = first === undefined ? null : optionalAnswer(answers, first);
  if (found === null || found.value === undefined) return undefined;
  ledger.mark([found.id]);
  const side = sideOf(answers);
  return text(reasons.length > 1 ? 'report.nextSteps.becauseAndMore' : 'report.nextSteps.because', {
    answer: { answer: answerParts(found.id, found.value, side) },
    question: questionText(found.id, side),
  });
}

function dimensionLines(a: Assessment, answers: Answers, ledger: QuoteLedger): Block[] {
  const five = a.dimensions.filter((d) => (FIVE as readonly string[]).includes(d.id));
  const ext = extremes(five);
  const line = (key: MessageKey, d: DimensionResult) =>
    text(key, { name: text(dimensionName(d.id)), score: d.score ?? 0 });
  const lines: Text[] =
    ext === null
      ? [text('report.summary.noScores')]
      : [
          line('report.summary.strongest', ext.strongest),
          ...(ext.weakest.id === ext.strongest.id ? [] : [line('report.summary.weakest', ext.weakest)]),
        ];
  const sixth = a.dimensions.find((d) => d.id === 'translocal');
  if (sixth !== undefined) {
    const link = optionalAnswer(answers, 'tl_diaspora_link');
    if (link !== null && link.value !== undefined) ledger.mark([link.id]);
    const name = text(dimensionName('translocal'));
    const score = sixth.score === null ? text('report.nextSteps.tooFew') : sixth.score;
    lines.push(
      // content-model-v2 §2.1: no migration link and no migrants: said in words, not as a score.
      sixth.notApplicable
        ? text('report.notes.sixthSummaryNotApplicable')
        : link === null || link.value === undefined
          ? text('report.nextSteps.sixth', { name, score })
          : text('report.nextSteps.sixthWithLink', {
              name,
              score,
              link: { answer: answerParts(link.id, link.value, sideOf(answers)) },
            }),
    );
  }
  return [{ kind: 'list', items: lines }];
}

/** Own aims beside the partner's (as the respondent sees them); the projects quoted. */
function aimsBlocks(answers: Answers, ledger: QuoteLedger): Block[] {
  const own = optionalAnswer(answers, 'obj_main_objectives');
  // obj_partner_objectives and obj_projects_text come with catalogue "2": read only if present.
  const partner = optionalAnswer(answers, 'obj_partner_objectives');
  const projects = optionalAnswer(answers, 'obj_projects_text');
  const blocks: Block[] = [];
  const side = sideOf(answers);
  const aimCell = (found: ReturnType<typeof optionalAnswer>): Cell =>
    found === null || found.value === undefined
      ? cell(text('report.nextSteps.aimsNotGiven'))
      : { kind: 'answer', parts: answerParts(found.id, found.value, side) };
  if (own !== null || partner !== null) {
    ledger.mark([own?.id, partner?.id].filter((id): id is QuestionId => id !== undefined));
    const withPartner = isQuestionId('obj_partner_objectives');
    blocks.push({
      kind: 'table',
      caption: text('report.nextSteps.aimsCaption'),
      head: withPartner
        ? [text('report.nextSteps.ownAims'), text('report.nextSteps.partnerAims')]
        : [text('report.nextSteps.ownAims')],
      rows: [withPartner ? [aimCell(own), aimCell(partner)] : [aimCell(own)]],
      widths: withPartner ? [0.5, 0.5] : [1],
    });
  }
  if (projects !== null && typeof projects.value === 'string') {
    ledger.mark([projects.id]);
    const lines = projects.value
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l !== '');
    blocks.push({ kind: 'heading', level: 3, text: text('report.nextSteps.projects') });
    blocks.push({ kind: 'list', items: lines.map((value) => text('report.literal', { value })) });
  }
  return blocks;
}

export function nextStepsBlocks(
  a: Assessment,
  answers: Answers,
  ledger: QuoteLedger,
  steps: readonly FirstStep[],
): Block[] {
  const actionBlocks: Block[] = steps.map((step, i) => {
    const because = becauseLine(step.action, answers, ledger);
    return {
      kind: 'actionPoint',
      number: i + 1,
      text: text(actionLabel(step.recommendation.id, step.action.id)),
      recommendation: text('report.nextSteps.fromRecommendation', {
        number: Number(step.recommendation.id.slice(1)),
        title: text(recommendationTitle(step.recommendation.id)),
      }),
      ...(because === undefined ? {} : { because }),
    };
  });
  return [
    { kind: 'section', id: 'next-steps', title: text('report.nextSteps.title') },
    steps.length === 0
      ? { kind: 'paragraph', text: text('report.nextSteps.none') }
      : { kind: 'paragraph', text: text('report.nextSteps.intro') },
    ...actionBlocks,
    { kind: 'heading', level: 2, text: text('report.nextSteps.pictureTitle') },
    { kind: 'paragraph', text: networkModelSentence(a) },
    ...dimensionLines(a, answers, ledger),
    {
      kind: 'paragraph',
      text: text('report.summary.coverage', {
        answered: a.coverage.answered,
        applicable: a.coverage.applicable,
      }),
    },
    ...aimsBlocks(answers, ledger),
  ];
}
