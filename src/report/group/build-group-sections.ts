// The group report's network model, recommendations, indicators and (on request) participants.
import { NETWORK_MODEL_IDS, type NetworkModelId } from '../../catalogue/ids';
import type { GroupResult } from '../../group/schema';
import { actionLabel, dimensionName, groupSideName, indicatorName, networkModelName } from '../../i18n/keys';
import { cell, text, type Block, type Cell, type Text } from '../blocks';
import { recommendationBlock, recommendationList } from '../build-recommendations';
import { groupNumberCell, SCORE_HEAD, SCORE_WIDTHS, scoreRow } from './group-cells';

const modelName = (id: NetworkModelId | null): Text => text(networkModelName(id ?? 'unknown'));

export function networkModelBlocks(g: GroupResult): Block[] {
  const countIn = (d: GroupResult['networkModel']['distribution'], id: NetworkModelId | null) =>
    d.find((x) => x.id === id)?.count ?? 0;
  const rows: Cell[][] = [...NETWORK_MODEL_IDS, null].map((id) => [
    cell(modelName(id)),
    groupNumberCell(countIn(g.networkModel.distribution, id)),
    groupNumberCell(countIn(g.networkModel.bySide.destination.distribution, id)),
    groupNumberCell(countIn(g.networkModel.bySide.source.distribution, id)),
  ]);
  return [
    { kind: 'section', id: 'networkModel', title: text('group.report.networkModel.title') },
    { kind: 'paragraph', text: text('group.report.networkModel.intro') },
    {
      kind: 'table',
      caption: text('group.report.networkModel.caption'),
      head: [
        text('group.report.networkModel.model'),
        text('group.report.networkModel.all'),
        text('group.report.networkModel.destination'),
        text('group.report.networkModel.source'),
      ],
      rows,
      widths: [0.46, 0.18, 0.18, 0.18],
    },
  ];
}

export function recommendationsBlocks(g: GroupResult): Block[] {
  return [
    { kind: 'section', id: 'recommendations', title: text('group.report.recommendations.title') },
    { kind: 'paragraph', text: text('group.report.recommendations.intro') },
    ...recommendationList(g.recommendations, (r) =>
      recommendationBlock(
        r,
        // A group has no single set of answers to quote; the share says how many it applies to.
        [],
        r.actions.map((a) =>
          text('group.report.recommendations.action', {
            action: text(actionLabel(r.id, a.id)),
            hits: a.hits,
            files: r.applicableFiles,
          }),
        ),
      ),
    ),
  ];
}

export function indicatorsBlocks(g: GroupResult): Block[] {
  return [
    { kind: 'section', id: 'indicators', title: text('group.report.indicators.title') },
    { kind: 'paragraph', text: text('group.report.indicators.intro') },
    {
      kind: 'table',
      caption: text('group.report.indicators.caption'),
      head: SCORE_HEAD,
      rows: g.indicators.map((i) => scoreRow(text(indicatorName(i.id)), i)),
      widths: SCORE_WIDTHS,
    },
  ];
}

/** Per-participant rows, by the labels they typed (issue 8, item 5): only on request. */
export function participantsBlocks(g: GroupResult): Block[] {
  const rows: Cell[][] = g.members.map((m) => [
    m.label === null
      ? cell(text('group.report.participants.noLabel'))
      : { kind: 'answer', parts: [{ kind: 'literal', text: m.label }] },
    cell(m.side === null ? text('group.report.none') : text(groupSideName(m.side))),
    cell(modelName(m.networkModel)),
    ...m.dimensions.map((d) => groupNumberCell(d.score)),
  ]);
  return [
    { kind: 'section', id: 'participants', title: text('group.report.participants.title') },
    { kind: 'paragraph', text: text('group.report.participants.intro') },
    {
      kind: 'table',
      caption: text('group.report.participants.caption'),
      head: [
        text('group.report.participants.label'),
        text('group.report.participants.side'),
        text('group.report.participants.model'),
        ...g.dimensions.map((d) => text(dimensionName(d.id))),
      ],
      rows,
      widths: [0.2, 0.12, 0.14, ...g.dimensions.map(() => 0.09)],
    },
  ];
}
