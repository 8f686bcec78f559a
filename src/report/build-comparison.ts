// Next year's mirror (issue 15, item 1): the report part that sets this assessment beside an
// earlier one of the same partnership — scores then → now, action points that are new or no longer
// triggered, where the network model moved, and how the earlier plan fared.
import type { Comparison } from '../assessment/comparison-schema';
import { dimensionName, indicatorName, networkModelName, type MessageKey } from '../i18n/keys';
import { actionText } from './action-text';
import { cell, dateParam, numberCell, text, type Block, type Cell, type Text } from './blocks';

const TOO_FEW = text('report.indicators.tooFew');

/** "+12", "−5", "no change", or "cannot compare" when either score is missing. */
export function changeText(change: number | null): Text {
  if (change === null) return text('comparison.change.unknown');
  if (change === 0) return text('comparison.change.same');
  return text(change > 0 ? 'comparison.change.up' : 'comparison.change.down', { value: Math.abs(change) });
}

interface Row {
  readonly then: number | null;
  readonly now: number | null;
  readonly change: number | null;
}

const scoreRow = (name: Text, r: Row): Cell[] => [
  cell(name),
  numberCell(r.then, TOO_FEW),
  numberCell(r.now, TOO_FEW),
  cell(changeText(r.change)),
];

const HEAD = (first: 'dimension' | 'indicator') =>
  ([first, 'then', 'now', 'change'] as const).map((k) => text(`comparison.table.${k}`));

function actionList(ids: readonly string[], none: MessageKey): Block {
  return ids.length === 0
    ? { kind: 'paragraph', text: text(none) }
    : { kind: 'list', items: ids.map(actionText) };
}

function networkModelSentence(c: Comparison): Text {
  const name = (id: Comparison['networkModel']['then']) => text(networkModelName(id ?? 'unknown'));
  return c.networkModel.then === c.networkModel.now
    ? text('comparison.networkModel.same', { model: name(c.networkModel.now) })
    : text('comparison.networkModel.moved', {
        then: name(c.networkModel.then),
        now: name(c.networkModel.now),
      });
}

const yesNo = (b: boolean) => text(b ? 'comparison.plan.yes' : 'comparison.plan.no');

function planFollowUpBlocks(c: Comparison): Block[] {
  if (c.plan.length === 0) return [];
  return [
    { kind: 'heading', level: 2, text: text('comparison.plan.title') },
    { kind: 'paragraph', text: text('comparison.plan.intro') },
    {
      kind: 'table',
      caption: text('comparison.plan.caption'),
      head: (['action', 'status', 'triggeredThen', 'triggeredNow'] as const).map((k) =>
        text(`comparison.plan.${k}`),
      ),
      rows: c.plan.map((p) => [
        cell(actionText(p.actionId)),
        cell(text(`plan.status.${p.status}`)),
        cell(yesNo(p.triggeredThen)),
        cell(yesNo(p.triggeredNow)),
      ]),
      widths: [0.52, 0.16, 0.16, 0.16],
    },
  ];
}

export function comparisonBlocks(c: Comparison): Block[] {
  return [
    { kind: 'section', id: 'comparison', title: text('comparison.title') },
    // The date written out in the report's language, like the cover's (issue 18, item 4).
    { kind: 'paragraph', text: text('comparison.intro', { date: dateParam(c.earlierSavedAt.slice(0, 10)) }) },
    {
      kind: 'chart',
      caption: text('comparison.chartCaption'),
      chart: {
        type: 'thenNow',
        items: c.dimensions.map((d) => ({
          label: text(dimensionName(d.id)),
          then: d.then,
          now: d.now,
          change: changeText(d.change),
        })),
        legend: { then: text('comparison.legend.then'), now: text('comparison.legend.now') },
        nullLabel: TOO_FEW,
      },
      table: {
        head: HEAD('dimension'),
        rows: c.dimensions.map((d) => scoreRow(text(dimensionName(d.id)), d)),
      },
    },
    { kind: 'heading', level: 2, text: text('comparison.indicatorsTitle') },
    {
      kind: 'table',
      caption: text('comparison.indicatorsCaption'),
      head: HEAD('indicator'),
      rows: c.indicators.map((i) => scoreRow(text(indicatorName(i.id)), i)),
      widths: [0.46, 0.16, 0.16, 0.22],
    },
    { kind: 'heading', level: 2, text: text('comparison.networkModel.title') },
    { kind: 'paragraph', text: networkModelSentence(c) },
    { kind: 'heading', level: 2, text: text('comparison.addedTitle') },
    actionList(c.actionsAdded, 'comparison.noneAdded'),
    { kind: 'heading', level: 2, text: text('comparison.resolvedTitle') },
    actionList(c.actionsResolved, 'comparison.noneResolved'),
    ...planFollowUpBlocks(c),
  ];
}
