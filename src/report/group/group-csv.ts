// The group data for the facilitator's follow-up (issue 14, item 6): one spreadsheet-like table per
// dimension and per indicator, with a row per question × side (the group, then each side with at
// least two files, §8.1): counts, mean, spread. The first rows of a table are the score itself.
// Words come through `resolve`, so this stays pure; the caller writes each table with toCsv
// (the CLI: one file per table; the browser: one file with a "table" column).
import { QUESTIONS } from '../../catalogue/catalogue';
import { DIMENSION_IDS, INDICATOR_IDS, type Side } from '../../catalogue/ids';
import type { QuestionDef } from '../../catalogue/types';
import type { Distribution, GroupResult, GroupScore } from '../../group/schema';
import {
  dimensionName,
  indicatorName,
  optionLabel,
  questionLabel,
  unsureLabel,
  yesNoUnsureLabel,
} from '../../i18n/keys';
import { text, type Text } from '../blocks';
import type { CsvCell } from '../csv';

export interface CsvTable {
  /** The dimension or indicator id: the file name in the CLI, the "table" column in the browser. */
  readonly id: string;
  /** Header row first. */
  readonly rows: readonly (readonly CsvCell[])[];
}

type Resolve = (t: Text) => string;
type SideKey = 'all' | Side;

const HEAD: readonly Text[] = [
  text('group.csv.table'),
  text('group.csv.questionId'),
  text('group.csv.question'),
  text('group.csv.side'),
  text('group.csv.answered'),
  text('group.csv.unanswered'),
  text('group.csv.notApplicable'),
  text('group.csv.counts'),
  text('group.csv.mean'),
  text('group.csv.median'),
  text('group.csv.min'),
  text('group.csv.max'),
  text('group.csv.spread'),
  text('group.csv.sd'),
];

const SIDE_NAME: Readonly<Record<SideKey, Text>> = {
  all: text('group.csv.all'),
  destination: text('group.report.sides.destination'),
  source: text('group.report.sides.source'),
};

function valueLabel(q: QuestionDef, value: string | number): Text | string {
  if (typeof value === 'number') return String(value);
  if (value === 'unsure' && q.type !== 'yes_no_unsure') return text(unsureLabel());
  if (q.type === 'yes_no_unsure' && (value === 'yes' || value === 'no' || value === 'unsure'))
    return text(yesNoUnsureLabel(value));
  return text(optionLabel(q.id, value));
}

function countsCell(q: QuestionDef, d: Distribution, resolve: Resolve): string {
  const label = (v: Text | string) => (typeof v === 'string' ? v : resolve(v));
  switch (d.kind) {
    case 'choice':
    case 'likert':
      return d.counts.map((c) => `${label(valueLabel(q, c.value))}: ${c.count}`).join(' | ');
    case 'multi':
      return [
        ...d.counts.map((c) => `${label(valueLabel(q, c.value))}: ${c.count}`),
        `${resolve(text('group.csv.noneChosen'))}: ${d.noneOfThese}`,
      ].join(' | ');
    case 'number':
    case 'text':
      return '';
  }
}

function questionRow(
  tableId: string,
  q: QuestionDef,
  side: SideKey,
  d: Distribution,
  resolve: Resolve,
): CsvCell[] {
  const stats =
    d.kind === 'likert'
      ? [d.mean, null, d.min, d.max, d.min === null || d.max === null ? null : d.max - d.min, d.sd]
      : d.kind === 'number'
        ? [null, d.median, d.min, d.max, d.min === null || d.max === null ? null : d.max - d.min, null]
        : [null, null, null, null, null, null];
  return [
    tableId,
    q.id,
    resolve(text(questionLabel(q.id))),
    resolve(SIDE_NAME[side]),
    d.answered,
    d.unanswered,
    d.notApplicable,
    countsCell(q, d, resolve),
    ...stats,
  ];
}

function scoreRows(tableId: string, name: Text, s: GroupScore, resolve: Resolve): CsvCell[][] {
  const row = (side: SideKey, n: number, score: number | null, extra: CsvCell[]): CsvCell[] => [
    tableId,
    tableId,
    resolve(name),
    resolve(SIDE_NAME[side]),
    n,
    null,
    null,
    '',
    score,
    null,
    ...extra,
  ];
  return [
    row('all', s.n, s.score, [s.min, s.max, s.spread, s.sd]),
    row('destination', s.bySide.destination.n, s.bySide.destination.score, [null, null, null, null]),
    row('source', s.bySide.source.n, s.bySide.source.score, [null, null, null, null]),
  ];
}

function table(
  g: GroupResult,
  id: string,
  feed: string,
  name: Text,
  score: GroupScore,
  resolve: Resolve,
): CsvTable {
  const byId = new Map(g.questions.map((q) => [q.id, q]));
  const rows: CsvCell[][] = [HEAD.map(resolve), ...scoreRows(id, name, score, resolve)];
  for (const q of QUESTIONS) {
    if (!(q.feeds ?? []).some((f) => f === feed)) continue;
    const gq = byId.get(q.id);
    if (gq === undefined) continue;
    rows.push(questionRow(id, q, 'all', gq.distribution, resolve));
    for (const side of ['destination', 'source'] as const) {
      const d = gq.bySide[side];
      if (d !== undefined) rows.push(questionRow(id, q, side, d, resolve));
    }
  }
  return { id, rows };
}

/** Six dimension tables, then the twelve indicator tables, in §5.3/§5.4 order. */
export function groupCsvTables(g: GroupResult, resolve: Resolve): CsvTable[] {
  return [
    ...DIMENSION_IDS.flatMap((id) => {
      const s = g.dimensions.find((d) => d.id === id);
      return s === undefined ? [] : [table(g, id, `D:${id}`, text(dimensionName(id)), s, resolve)];
    }),
    ...INDICATOR_IDS.flatMap((id) => {
      const s = g.indicators.find((d) => d.id === id);
      return s === undefined ? [] : [table(g, id, `I:${id}`, text(indicatorName(id)), s, resolve)];
    }),
  ];
}

/** All tables in one: the header once, every table's rows after it (the "table" column tells
 *  them apart), for a single download in the browser. */
export function combinedCsvRows(tables: readonly CsvTable[]): CsvCell[][] {
  const [first] = tables;
  if (first === undefined) return [];
  return [[...(first.rows[0] ?? [])], ...tables.flatMap((t) => t.rows.slice(1).map((r) => [...r]))];
}
