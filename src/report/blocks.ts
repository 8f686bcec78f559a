// The advice report as data (style.md §6): blocks hold locale keys and params, never text in a
// language, so the screen and the PDF say the same things. Renderers switch exhaustively on
// `kind` and end in assertNever, so a new block kind (e.g. the workshop's group blocks) fails to
// compile until every renderer handles it.
import type { Side, DimensionId, Language, NetworkModelId, RecommendationId } from '../catalogue/ids';
import type { QuestionId } from '../catalogue/catalogue';
import type { AnswerPart } from '../i18n/answer-text';
import type { MessageKey } from '../i18n/keys';
import type { SideComparisonChart } from './charts/side-comparison';
import type { ThenNowChart } from './charts/then-now-bars';

/** A param is a plain value (user text or a number, shown literally) or another Text (a key,
 *  resolved first): "Strongest: {{name}}" with name = the dimension's name key. */
export type Param = string | number | Text;

export interface Text {
  readonly key: MessageKey;
  readonly params?: Readonly<Record<string, Param>>;
  /** i18next context, for the side-dependent wording of questions (content-model §3.9). */
  readonly context?: Side;
  /** Fixed language regardless of the rendering language (the glossary's NL/EN columns). */
  readonly lang?: Language;
}

/** One quoted answer: the question as asked and the answer in words (answerParts). */
export interface AnswerItem {
  readonly question: QuestionId;
  readonly label: Text;
  readonly parts: readonly AnswerPart[];
}

export type Cell =
  | { readonly kind: 'text'; readonly text: Text }
  | { readonly kind: 'answer'; readonly parts: readonly AnswerPart[] };

/** A cell that is a locale text. */
export const cell = (t: Text): Cell => ({ kind: 'text', text: t });

/** A number shown as written (a literal, not a key), or `missing` where there is none. */
export const numberCell = (n: number | null, missing: Text): Cell =>
  n === null ? cell(missing) : { kind: 'answer', parts: [{ kind: 'literal', text: String(n) }] };

export interface DimensionBarsChart {
  readonly type: 'dimensionBars';
  readonly items: readonly {
    readonly id: DimensionId;
    readonly label: Text;
    readonly score: number | null;
  }[];
  /** Label drawn instead of a bar when the score is null. */
  readonly nullLabel: Text;
}

export interface NetworkModelsChart {
  readonly type: 'networkModels';
  readonly models: readonly { readonly id: NetworkModelId; readonly label: Text }[];
  readonly highlighted: NetworkModelId | null;
  readonly axisX: Text;
  readonly axisY: Text;
  readonly yours: Text;
}

export type { SideComparisonChart } from './charts/side-comparison';

export type { ThenNowChart } from './charts/then-now-bars';

/** sideComparison: the workshop's group report (issue 8); thenNow: next year's mirror (issue 15). */
export type ChartSpec = DimensionBarsChart | NetworkModelsChart | SideComparisonChart | ThenNowChart;

/** The cover's line naming the report's language, which only the PDF shows (the page has the
 *  language switch): the builder says the words, the renderer picks one by its language mode. */
export interface CoverLanguage {
  /** A report in one language: "Language of this report: English". */
  readonly one: Text;
  /** A bilingual report: said once in each of its languages, each time in that language. */
  readonly both: Text;
}

export type Block =
  | {
      readonly kind: 'cover';
      readonly title: Text;
      readonly lines: readonly Text[];
      readonly language: CoverLanguage;
    }
  /** A part of the report (level-1 heading): a new page and an outline entry in the PDF. */
  | { readonly kind: 'section'; readonly id: string; readonly title: Text }
  | { readonly kind: 'heading'; readonly level: 2 | 3; readonly text: Text }
  | { readonly kind: 'paragraph'; readonly text: Text; readonly strong?: boolean }
  | { readonly kind: 'list'; readonly items: readonly Text[] }
  | {
      readonly kind: 'table';
      readonly caption: Text;
      readonly head: readonly Text[];
      readonly rows: readonly (readonly Cell[])[];
      /** Relative column widths (sum 1), so both renderers keep long columns wide. */
      readonly widths?: readonly number[];
    }
  | {
      readonly kind: 'chart';
      readonly chart: ChartSpec;
      readonly caption: Text;
      readonly table: { readonly head: readonly Text[]; readonly rows: readonly (readonly Cell[])[] };
    }
  | { readonly kind: 'answers'; readonly items: readonly AnswerItem[] }
  | {
      readonly kind: 'recommendation';
      readonly id: RecommendationId;
      readonly title: Text;
      readonly priority: Text;
      readonly summary: Text;
      /** Sub-heading above `because`, shown only when there are answers to quote. */
      readonly becauseTitle: Text;
      readonly because: readonly AnswerItem[];
      /** Sub-heading above the action points. */
      readonly actionsTitle: Text;
      readonly actions: readonly Text[];
      /** Shown instead of the list when `actions` is empty. */
      readonly noActions: Text;
      readonly source: Text;
    };

/** Words around the content that only a paged layout shows: the renderer places them, the
 *  builder chooses them (issue 12: renderers make no text decisions). */
export interface DocumentFrame {
  /** The PDF outline entry above each language's part of a bilingual report, in that language. */
  readonly outlineLanguage: Text;
  /** The footer's page number: the renderer fills in the params `page` and `pages`. */
  readonly pageNumber: Text;
  /** PDF metadata. */
  readonly subject: Text;
  readonly creator: Text;
}

export interface ReportDocument {
  /** advice: one respondent (issue 7); group: a workshop (issue 8). */
  readonly kind: 'advice' | 'group';
  /** Title for the PDF metadata and the browser tab. */
  readonly title: Text;
  readonly blocks: readonly Block[];
  readonly frame: DocumentFrame;
}

export function assertNever(value: never): never {
  throw new Error(`Unhandled block: ${JSON.stringify(value)}`);
}

export const text = (key: MessageKey, params?: Readonly<Record<string, Param>>): Text =>
  params === undefined ? { key } : { key, params };
