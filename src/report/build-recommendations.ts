// Recommendations R1–R7 (ch. 10), highest priority first as assess() lists them, and the
// indicators table (content-model §5.4).
import type { Answers } from '../catalogue/answers';
import type { Assessment } from '../assessment/schema';
import type { Priority, RecommendationId } from '../catalogue/ids';
import {
  indicatorExplanation,
  indicatorName,
  notApplicableReason,
  priorityLabel,
  recommendationSource,
  recommendationSummary,
  recommendationTitle,
} from '../i18n/keys';
import { cell, numberCell, text, type AnswerItem, type Block, type Cell, type Text } from './blocks';
import { quoteAnswers } from './quote';
import {
  actionText,
  isReasonQuestion,
  recommendationNoteBlocks,
  roleNoteBlocks,
} from './build-context-notes';

/** What the recommendation blocks read of one file's or the group's recommendation. */
interface RecommendationView {
  readonly id: RecommendationId;
  readonly priority: Priority;
  readonly evidence: number | null;
}

/** content-model §7.1.6: "low" on less than half the evidence reads "too few answers to judge"
 *  (the group's evidence is the mean of the files', §8.5, so the same rule holds). */
export function priorityText(r: RecommendationView): Text {
  const tooFew = r.priority === 'low' && r.evidence !== null && r.evidence < 0.5;
  return text(priorityLabel(tooFew ? 'too_few_answers' : r.priority));
}

const numberOf = (r: RecommendationView) => Number(r.id.slice(1));

/** One recommendation; the caller says what it quotes and how it words the actions. */
export function recommendationBlock(
  r: RecommendationView,
  because: readonly AnswerItem[],
  actions: readonly Text[],
): Block {
  return {
    kind: 'recommendation',
    id: r.id,
    title: text('report.recommendations.heading', {
      number: numberOf(r),
      title: text(recommendationTitle(r.id)),
    }),
    priority: text('report.recommendations.priority', { priority: priorityText(r) }),
    summary: text(recommendationSummary(r.id)),
    becauseTitle: text('report.recommendations.because'),
    because,
    actionsTitle: text('report.recommendations.actions'),
    actions,
    noActions: text('report.recommendations.noActions'),
    source: text('report.recommendations.source', { source: text(recommendationSource(r.id)) }),
  };
}

/** The applicable recommendations as blocks, then a list of those that do not apply and why. */
export function recommendationList<R extends RecommendationView>(
  recommendations: readonly R[],
  blockOf: (r: R) => Block,
): Block[] {
  const applicable = recommendations.filter((r) => r.priority !== 'not_applicable');
  const notApplicable = recommendations.filter((r) => r.priority === 'not_applicable');
  const blocks = applicable.map(blockOf);
  if (notApplicable.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: text('report.recommendations.notApplicableTitle') });
    blocks.push({
      kind: 'list',
      items: notApplicable.map((r) =>
        text('report.recommendations.notApplicableItem', {
          number: numberOf(r),
          title: text(recommendationTitle(r.id)),
          reason: text(notApplicableReason(r.id)),
        }),
      ),
    });
  }
  return blocks;
}

export function recommendationBlocks(a: Assessment, answers: Answers): Block[] {
  return [
    { kind: 'section', id: 'recommendations', title: text('report.recommendations.title') },
    { kind: 'paragraph', text: text('report.recommendations.intro') },
    ...roleNoteBlocks(answers),
    ...recommendationList(a.recommendations, (r) =>
      recommendationBlock(
        r,
        quoteAnswers(r.triggers.filter(isReasonQuestion), answers),
        r.actions.map((x) => actionText(r.id, x.id, answers)),
      ),
    ).flatMap((block) => {
      // content-model-v2 §3–§4: notes right after the recommendation they are about.
      const r =
        block.kind === 'recommendation' ? a.recommendations.find((x) => x.id === block.id) : undefined;
      return r === undefined ? [block] : [block, ...recommendationNoteBlocks(r, answers)];
    }),
  ];
}

export function indicatorBlocks(a: Assessment): Block[] {
  const rows: Cell[][] = a.indicators.map((i) => [
    cell(text(indicatorName(i.id))),
    numberCell(i.score, text('report.indicators.tooFew')),
    cell(text('report.indicators.percent', { value: Math.round(i.coverage * 100) })),
    cell(text(indicatorExplanation(i.id))),
  ]);
  return [
    { kind: 'section', id: 'indicators', title: text('report.indicators.title') },
    { kind: 'paragraph', text: text('report.indicators.intro') },
    {
      kind: 'table',
      caption: text('report.indicators.caption'),
      head: [
        text('report.indicators.name'),
        text('report.indicators.score'),
        text('report.indicators.coverage'),
        text('report.indicators.explanation'),
      ],
      rows,
      widths: [0.24, 0.14, 0.14, 0.48],
    },
  ];
}
