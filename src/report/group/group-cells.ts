// Small cell and text helpers shared by the group report's sections.
import type { MessageKey } from '../../i18n/keys';
import type { DimensionId, Side } from '../../catalogue/ids';
import type { GroupScore } from '../../group/schema';
import { cell, numberCell, text, type Cell, type Text } from '../blocks';

/** A number or a dash, shown literally. */
export const groupNumberCell = (n: number | null): Cell => numberCell(n, text('group.report.none'));
export const signedCell = (n: number | null): Cell =>
  n === null
    ? cell(text('group.report.none'))
    : { kind: 'answer', parts: [{ kind: 'literal', text: n > 0 ? `+${n}` : String(n) }] };
export const rangeCell = (min: number | null, max: number | null): Cell =>
  min === null || max === null
    ? cell(text('group.report.none'))
    : cell(text('group.report.range', { min, max }));

/** "participants disagree" (within a side) and/or "the sides see this differently — discuss"
 *  (content-model-v2 §5: a gap between the sides is expected, not a disagreement). */
export function flagsText(s: Pick<GroupScore, 'disagree' | 'gapFlag'>): Text {
  if (s.disagree && s.gapFlag) return text('group.report.flags.both');
  if (s.disagree) return text('group.report.flags.disagree');
  if (s.gapFlag) return text('group.report.flags.sidesDiffer');
  return text('group.report.none');
}

/** One row of the score tables: name, group, destination, source, gap, lowest–highest, flags. */
export function scoreRow(name: Text, s: GroupScore): Cell[] {
  return [
    cell(name),
    groupNumberCell(s.score),
    groupNumberCell(s.bySide.destination.score),
    groupNumberCell(s.bySide.source.score),
    signedCell(s.gap),
    rangeCell(s.min, s.max),
    cell(flagsText(s)),
  ];
}

// Short header words: a narrow PDF column must never break a word ("Vestigingsla|nd").
export const SCORE_HEAD: readonly Text[] = [
  text('group.report.scores.name'),
  text('group.report.scores.group'),
  text('group.report.scores.destination'),
  text('group.report.scores.source'),
  text('group.report.scores.gap'),
  text('group.report.scores.range'),
  text('group.report.scores.flags'),
];
export const SCORE_WIDTHS = [0.2, 0.08, 0.16, 0.16, 0.1, 0.12, 0.18];

/** Six short dimension names as headers: 0.135 of the width each is room for "Translokaal". */
export const DIMENSION_COLUMN = 0.135;

/** A 0–1 share as a whole percentage, or a dash. */
export const percentParam = (share: number | null): string | Text =>
  share === null
    ? text('group.report.none')
    : text('group.report.percent', { value: Math.round(share * 100) });

export const sideName = (side: Side): Text =>
  side === 'destination' ? text('group.report.sides.destination') : text('group.report.sides.source');

// Short names for narrow table headers (the full names are in the rows and the chart).
const SHORT_DIMENSION: Readonly<Record<DimensionId, MessageKey>> = {
  similarity: 'group.report.short.similarity',
  difference: 'group.report.short.difference',
  resources: 'group.report.short.resources',
  trust: 'group.report.short.trust',
  equality: 'group.report.short.equality',
  translocal: 'group.report.short.translocal',
};
export const shortDimensionName = (id: DimensionId): Text => text(SHORT_DIMENSION[id]);
