// buildGroupReport: the workshop's group report as a ReportDocument (issue 8, item 4), made of
// the advice report's own blocks and renderers. Pure, no language. Respondents appear only by
// the labels they typed, and only when the facilitator asks for names (issue 8, item 5).
import type { GroupResult } from '../../group/schema';
import { dimensionName, networkModelDescription, networkModelName, type MessageKey } from '../../i18n/keys';
import { text, type Block, type ReportDocument, type Text } from '../blocks';
import { COVER_LANGUAGE, documentFrame } from '../document-frame';
import { discussionBlocks } from './build-discussion';
import {
  indicatorsBlocks,
  networkModelBlocks,
  participantsBlocks,
  recommendationsBlocks,
} from './build-group-sections';
import { textsBlocks } from './build-texts';
import { SCORE_HEAD, SCORE_WIDTHS, scoreRow } from './group-cells';

export interface GroupReportMeta {
  /** The report date as an ISO date (YYYY-MM-DD), passed in so the builder stays pure. */
  readonly date: string;
  /** Per-participant rows only when the facilitator ticks "show names". */
  readonly showNames: boolean;
}

const NOT_GIVEN = text('report.notGiven');
const COVER_TITLE = text('group.report.cover.title');
const name = (s: string | null): string | Text => (s === null || s.trim() === '' ? NOT_GIVEN : s);

function coverBlock(g: GroupResult, meta: GroupReportMeta): Block {
  const pairs = g.pairs.map((p) =>
    text('group.report.cover.pair', { own: name(p.own), partner: name(p.partner), count: p.participants }),
  );
  return {
    kind: 'cover',
    title: COVER_TITLE,
    language: COVER_LANGUAGE,
    lines: [
      text('group.report.cover.participants', {
        count: g.participants,
        destination: g.sides.destination,
        source: g.sides.source,
        none: g.sides.none,
      }),
      ...pairs,
      text('report.cover.date', { date: meta.date }),
      text('group.report.cover.method'),
    ],
  };
}

export function sideChart(g: GroupResult): Extract<Block, { kind: 'chart' }> {
  return {
    kind: 'chart',
    chart: {
      type: 'sideComparison',
      items: g.dimensions.map((d) => ({
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
    table: { head: SCORE_HEAD, rows: g.dimensions.map((d) => scoreRow(text(dimensionName(d.id)), d)) },
  };
}

function summaryBlocks(g: GroupResult): Block[] {
  const model = g.networkModel.id;
  const disagree = g.dimensions.filter((d) => d.disagree).map((d) => text(dimensionName(d.id)));
  const differ = g.dimensions.filter((d) => d.gapFlag).map((d) => text(dimensionName(d.id)));
  const listOrNone = (items: Text[], some: MessageKey, none: MessageKey): Block[] =>
    items.length === 0
      ? [{ kind: 'paragraph', text: text(none) }]
      : [
          { kind: 'paragraph', text: text(some) },
          { kind: 'list', items },
        ];
  return [
    { kind: 'section', id: 'summary', title: text('group.report.summary.title') },
    {
      kind: 'paragraph',
      text:
        model === null
          ? text('group.report.summary.modelNone')
          : text('group.report.summary.model', {
              model: text(networkModelName(model)),
              description: text(networkModelDescription(model)),
            }),
    },
    ...listOrNone(disagree, 'group.report.summary.disagree', 'group.report.summary.disagreeNone'),
    ...listOrNone(differ, 'group.report.summary.sidesDiffer', 'group.report.summary.sidesDifferNone'),
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
    coverBlock(g, meta),
    ...summaryBlocks(g),
    ...dimensionBlocks(g),
    ...discussionBlocks(g),
    ...textsBlocks(g, meta.showNames),
    ...networkModelBlocks(g),
    ...recommendationsBlocks(g),
    ...indicatorsBlocks(g),
    ...(meta.showNames ? participantsBlocks(g) : []),
  ];
  const [pair] = g.pairs;
  const title =
    g.pairs.length === 1 && pair !== undefined
      ? text('group.report.documentTitle', { own: name(pair.own), partner: name(pair.partner) })
      : text('group.report.documentTitleSeveral');
  return { kind: 'group', title, blocks, frame: documentFrame(COVER_TITLE) };
}
