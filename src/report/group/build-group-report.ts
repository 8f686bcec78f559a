// buildGroupReport: the workshop's group report as a ReportDocument (issues 8, 12, 14), made of
// the advice report's own blocks, so the workshop screen, the projector and the PDF show the same
// content through the same renderers. Pure, no language. Respondents appear only by the labels they
// typed, and only when the facilitator asks for names.
import type { GroupDimension, GroupResult } from '../../group/schema';
import { dimensionName, networkModelDescription, networkModelName } from '../../i18n/keys';
import { text, type Block, type ReportDocument, type Text } from '../blocks';
import { coverBlock, documentTitle } from './build-cover';
import { documentFrame } from '../document-frame';
import { discussionBlocks } from './build-discussion';
import {
  indicatorsBlocks,
  networkModelBlocks,
  participantsBlocks,
  recommendationsBlocks,
} from './build-group-sections';
import { sidesBlocks } from './build-sides';
import { textsBlocks } from './build-texts';
import { SCORE_HEAD, SCORE_WIDTHS, scoreRow } from './group-cells';

export interface GroupReportMeta {
  /** The report date as an ISO date (YYYY-MM-DD), passed in so the builder stays pure. */
  readonly date: string;
  /** Per-participant rows only when the facilitator ticks "show names". */
  readonly showNames: boolean;
}

/** The sides compared per dimension; the projector draws one dimension at a time. */
export function sideChart(
  g: GroupResult,
  dimensions: readonly GroupDimension[] = g.dimensions,
): Extract<Block, { kind: 'chart' }> {
  return {
    kind: 'chart',
    chart: {
      type: 'sideComparison',
      items: dimensions.map((d) => ({
        label: text(dimensionName(d.id)),
        destination: d.bySide.destination.score,
        source: d.bySide.source.score,
        min: d.min,
        max: d.max,
      })),
      legend: {
        destination: text('group.report.sides.destination'),
        source: text('group.report.sides.source'),
        spread: text('group.report.dimensions.spreadLegend'),
      },
      nullLabel: text('group.report.dimensions.noScore'),
    },
    caption: text('group.report.dimensions.chartCaption'),
    table: { head: SCORE_HEAD, rows: dimensions.map((d) => scoreRow(text(dimensionName(d.id)), d)) },
  };
}

/** v2 §5: "most participants" only when more than half of the files point to the model. */
export function networkModelText(g: GroupResult): Text {
  const model = g.networkModel.id;
  if (model === null) return text('group.report.summary.modelNone');
  const count = g.networkModel.distribution.find((d) => d.id === model)?.count ?? 0;
  return text(
    2 * count > g.participants ? 'group.report.summary.model' : 'group.report.summary.modelMostOften',
    {
      model: text(networkModelName(model)),
      description: text(networkModelDescription(model)),
      count,
      files: g.participants,
    },
  );
}

function listOrNone(items: readonly Text[], intro: Text, none: Text): Block[] {
  return items.length === 0
    ? [{ kind: 'paragraph', text: none }]
    : [
        { kind: 'paragraph', text: intro },
        { kind: 'list', items },
      ];
}

function summaryBlocks(g: GroupResult): Block[] {
  const disagree = g.dimensions.filter((d) => d.disagree).map((d) => text(dimensionName(d.id)));
  const differ = g.dimensions.filter((d) => d.gapFlag).map((d) => text(dimensionName(d.id)));
  return [
    { kind: 'section', id: 'summary', title: text('group.report.summary.title') },
    { kind: 'paragraph', text: networkModelText(g) },
    ...listOrNone(
      differ,
      text('group.report.summary.sidesDiffer'),
      text('group.report.summary.sidesDifferNone'),
    ),
    ...listOrNone(disagree, text('group.report.summary.disagree'), text('group.report.summary.disagreeNone')),
    { kind: 'paragraph', text: text('method.mirrorNotGrade') },
  ];
}

function dimensionBlocks(g: GroupResult): Block[] {
  return [
    { kind: 'section', id: 'dimensions', title: text('group.report.dimensions.title') },
    { kind: 'paragraph', text: text('group.report.dimensions.intro') },
    sideChart(g),
    {
      kind: 'table',
      caption: text('group.report.dimensions.tableCaption'),
      head: SCORE_HEAD,
      rows: g.dimensions.map((d) => scoreRow(text(dimensionName(d.id)), d)),
      widths: SCORE_WIDTHS,
    },
  ];
}

export function buildGroupReport(g: GroupResult, meta: GroupReportMeta): ReportDocument {
  const blocks: Block[] = [
    coverBlock(g, meta.date),
    ...summaryBlocks(g),
    ...dimensionBlocks(g),
    ...sidesBlocks(g),
    ...discussionBlocks(g),
    ...textsBlocks(g, meta.showNames),
    ...networkModelBlocks(g),
    ...recommendationsBlocks(g),
    ...indicatorsBlocks(g),
    ...(meta.showNames ? participantsBlocks(g) : []),
  ];
  return {
    kind: 'group',
    title: documentTitle(g),
    blocks,
    frame: documentFrame(text('group.report.cover.title')),
  };
}
