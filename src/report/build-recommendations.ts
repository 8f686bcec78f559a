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
import {
  cell,
  numberCell,
  text,
  type ActionItem,
  type AnswerItem,
  type Block,
  type Cell,
  type Text,
} from './blocks';
import { answeredLine, isReason, type QuoteLedger } from './quote-ledger';
import { actionText, recommendationNoteBlocks, roleNoteBlocks } from './build-context-notes';

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

const isText = (a: Text | ActionItem): a is Text => 'key' in a;

/** One recommendation; the caller says what it quotes and how it words the actions (plain texts,
 *  or action points each with its own "because"). */
export function recommendationBlock(
  r: RecommendationView,
  because: readonly AnswerItem[],
  actions: readonly (Text | ActionItem)[],
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
    because,
    becauseTitle: text('report.recommendations.because'),
    actionsTitle: text('report.recommendations.actions'),
    noActions: text('report.recommendations.noActions'),
    actions: actions.map((a) => (isText(a) ? { text: a } : a)),
    source: text('report.recommendations.source', { source: text(recommendationSource(r.id)) }),
  };
}

/** The recommendations that do not apply, one line each with the reason. */
function notApplicableBlocks(recommendations: readonly RecommendationView[]): Block[] {
  const notApplicable = recommendations.filter((r) => r.priority === 'not_applicable');
  if (notApplicable.length === 0) return [];
  return [
    { kind: 'heading', level: 2, text: text('report.recommendations.notApplicableTitle') },
    {
      kind: 'list',
      items: notApplicable.map((r) =>
        text('report.recommendations.notApplicableItem', {
          number: numberOf(r),
          title: text(recommendationTitle(r.id)),
          reason: text(notApplicableReason(r.id)),
        }),
      ),
    },
  ];
}

/** The applicable recommendations as blocks, then a list of those that do not apply and why. */
export function recommendationList<R extends RecommendationView>(
  recommendations: readonly R[],
  blockOf: (r: R) => Block,
): Block[] {
  return [
    ...recommendations.filter((r) => r.priority !== 'not_applicable').map(blockOf),
    ...notApplicableBlocks(recommendations),
  ];
}

/** One line for a recommendation none of whose action points follows from the answers. */
function quietLine(r: RecommendationView): Text {
  const tooFew = r.evidence !== null && r.evidence < 0.5;
  return text(tooFew ? 'report.recommendations.quietTooFew' : 'report.recommendations.quietNone', {
    number: numberOf(r),
    title: text(recommendationTitle(r.id)),
  });
}

/** The advice's recommendations: those with action points in full, each action point with its
 *  own "because" (answers not quoted before; front-page ones point there), the rest one line each. */
export function recommendationBlocks(
  a: Assessment,
  answers: Answers,
  ledger: QuoteLedger,
  firstSteps: ReadonlySet<string>,
): Block[] {
  const active = a.recommendations.filter((r) => r.priority !== 'not_applicable' && r.actions.length > 0);
  const quiet = a.recommendations.filter((r) => r.priority !== 'not_applicable' && r.actions.length === 0);
  const blocks: Block[] = [
    { kind: 'section', id: 'recommendations', title: text('report.recommendations.title') },
    { kind: 'paragraph', text: text('report.recommendations.intro') },
    ...roleNoteBlocks(answers),
    ...active.flatMap((r) => [
      recommendationBlock(
        r,
        [],
        r.actions.map((x): ActionItem => {
          const label = actionText(r.id, x.id, answers);
          if (firstSteps.has(x.id)) return { text: label, note: text('report.recommendations.onFirstPage') };
          return {
            text: label,
            because: ledger.once(x.triggers.filter(isReason)).map((item) => answeredLine(item)),
          };
        }),
      ),
      // content-model-v2 §3–§4: notes right after the recommendation they are about.
      ...recommendationNoteBlocks(r, answers),
    ]),
  ];
  if (quiet.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: text('report.recommendations.quietTitle') });
    blocks.push({ kind: 'list', items: quiet.map(quietLine) });
  }
  return [...blocks, ...notApplicableBlocks(a.recommendations)];
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
      widths: [0.2, 0.1, 0.1, 0.6],
    },
  ];
}
