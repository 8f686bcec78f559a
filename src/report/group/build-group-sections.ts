// The group report's network model, recommendations, indicators and (on request) participants.
import { NETWORK_MODEL_IDS, type NetworkModelId } from '../../catalogue/ids';
import type { GroupResult } from '../../group/schema';
import { actionLabel, indicatorName, networkModelName } from '../../i18n/keys';
import { cell, text, type Block, type Cell, type Text } from '../blocks';
import { recommendationBlock, recommendationList } from '../build-recommendations';
import { roleName } from './build-sides';
import {
  DIMENSION_COLUMN,
  groupNumberCell,
  percentParam,
  SCORE_HEAD,
  SCORE_WIDTHS,
  scoreRow,
  shortDimensionName,
  sideName,
} from './group-cells';

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
        // Included points first; then those only one side asks for (v2 §5), which do not count
        // for the priority.
        [...r.actions.filter((a) => a.included), ...r.actions.filter((a) => !a.included)].map((a) =>
          text(a.included ? 'group.report.recommendations.action' : 'group.report.recommendations.oneSide', {
            action: text(actionLabel(r.id, a.id)),
            hits: a.hits,
            files: r.applicableFiles,
            destination: percentParam(a.shareBySide.destination),
            source: percentParam(a.shareBySide.source),
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

/** Per-participant rows, by the labels they typed (issue 8, item 5): only on request. Two tables,
 *  so no column is too narrow for its header in the PDF. */
export function participantsBlocks(g: GroupResult): Block[] {
  const labelCell = (label: string | null): Cell =>
    label === null
      ? cell(text('group.report.participants.noLabel'))
      : { kind: 'answer', parts: [{ kind: 'literal', text: label }] };
  return [
    { kind: 'section', id: 'participants', title: text('group.report.participants.title') },
    { kind: 'paragraph', text: text('group.report.participants.intro') },
    {
      kind: 'table',
      caption: text('group.report.participants.caption'),
      head: [
        text('group.report.participants.label'),
        text('group.report.participants.side'),
        text('group.report.participants.role'),
        text('group.report.participants.model'),
      ],
      rows: g.members.map((m) => [
        labelCell(m.label),
        cell(m.side === null ? text('group.report.none') : sideName(m.side)),
        cell(roleName(m.role)),
        cell(modelName(m.networkModel)),
      ]),
      widths: [0.3, 0.2, 0.25, 0.25],
    },
    {
      kind: 'table',
      caption: text('group.report.participants.scoresCaption'),
      head: [text('group.report.participants.label'), ...g.dimensions.map((d) => shortDimensionName(d.id))],
      rows: g.members.map((m) => [labelCell(m.label), ...m.dimensions.map((d) => groupNumberCell(d.score))]),
      widths: [1 - DIMENSION_COLUMN * g.dimensions.length, ...g.dimensions.map(() => DIMENSION_COLUMN)],
    },
  ];
}
