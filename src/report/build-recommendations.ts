// Recommendations R1–R7 (ch. 10), highest priority first as assess() lists them, and the
// indicators table (content-model §5.4).
import type { Answers } from '../catalogue/answers';
import type { Assessment, RecommendationResult } from '../assessment/schema';
import {
  actionLabel,
  indicatorExplanation,
  indicatorName,
  notApplicableReason,
  priorityLabel,
  recommendationSource,
  recommendationSummary,
  recommendationTitle,
} from '../i18n/keys';
import { text, type Block, type Cell, type Text } from './blocks';
import { quoteAnswers } from './quote';

/** content-model §7.1.6: "low" on less than half the evidence reads "too few answers to judge". */
export function priorityText(r: RecommendationResult): Text {
  const tooFew = r.priority === 'low' && r.evidence !== null && r.evidence < 0.5;
  return text(priorityLabel(tooFew ? 'too_few_answers' : r.priority));
}

const numberOf = (r: RecommendationResult) => Number(r.id.slice(1));

function recommendationBlock(r: RecommendationResult, answers: Answers): Block {
  return {
    kind: 'recommendation',
    id: r.id,
    title: text('report.recommendations.heading', { number: numberOf(r), title: text(recommendationTitle(r.id)) }),
    priority: text('report.recommendations.priority', { priority: priorityText(r) }),
    summary: text(recommendationSummary(r.id)),
    because: quoteAnswers(r.triggers, answers),
    actions: r.actions.map((a) => text(actionLabel(r.id, a.id))),
    source: text('report.recommendations.source', { source: text(recommendationSource(r.id)) }),
  };
}

export function recommendationBlocks(a: Assessment, answers: Answers): Block[] {
  const applicable = a.recommendations.filter((r) => r.priority !== 'not_applicable');
  const notApplicable = a.recommendations.filter((r) => r.priority === 'not_applicable');
  const blocks: Block[] = [
    { kind: 'section', id: 'recommendations', title: text('report.recommendations.title') },
    { kind: 'paragraph', text: text('report.recommendations.intro') },
    ...applicable.map((r) => recommendationBlock(r, answers)),
  ];
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

export function indicatorBlocks(a: Assessment): Block[] {
  const rows: Cell[][] = a.indicators.map((i) => [
    { kind: 'text', text: text(indicatorName(i.id)) },
    i.score === null
      ? { kind: 'text', text: text('report.indicators.tooFew') }
      : { kind: 'answer', parts: [{ kind: 'literal', text: String(i.score) }] },
    { kind: 'text', text: text('report.indicators.percent', { value: Math.round(i.coverage * 100) }) },
    { kind: 'text', text: text(indicatorExplanation(i.id)) },
  ]);
  return [
    { kind: 'section', id: 'indicators', title: text('report.indicators.title') },
    { kind: 'paragraph', text: text('report.indicators.intro') },
    {
      kind: 'table',
      caption: text('report.indicators.caption'),
      head: ['name', 'score', 'coverage', 'explanation'].map((k) => text(`report.indicators.${k}`)),
      rows,
      widths: [0.24, 0.14, 0.14, 0.48],
    },
  ];
}
