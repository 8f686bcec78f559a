// Small cell and text helpers shared by the group report's sections.
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

/** "participants disagree" and/or "the sides see this differently" (content-model §8.2, §8.3). */
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

export const SCORE_HEAD: readonly Text[] = [
  text('group.report.scores.name'),
  text('group.report.scores.group'),
  text('group.report.scores.destination'),
  text('group.report.scores.source'),
  text('group.report.scores.gap'),
  text('group.report.scores.range'),
  text('group.report.scores.flags'),
];
export const SCORE_WIDTHS = [0.22, 0.09, 0.14, 0.13, 0.1, 0.13, 0.19];
