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
export type Param = string | number | Text | DateParam | AnswerParam;

/** A calendar date (YYYY-MM-DD), written out in the rendering language ("27 November 2026"). */
export interface DateParam {
  readonly date: string;
}

/** An answer in words (answerParts), resolved in the rendering language. */
export interface AnswerParam {
  readonly answer: readonly AnswerPart[];
}

export const dateParam = (date: string): DateParam => ({ date });

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
  /** `lang` fixes the language (the bilingual appendix's columns). */
  | { readonly kind: 'answer'; readonly parts: readonly AnswerPart[]; readonly lang?: Language }
  /** A question above its answer in one cell: the first line is drawn as a label. */
  | {
      readonly kind: 'quoted';
      readonly label: Text;
      readonly parts: readonly AnswerPart[];
      readonly lang?: Language;
    };

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

/** One action point of a recommendation, with the answers that triggered it (its own "because",
 *  one line per answer: "you answered … to …"). */
export interface ActionItem {
  readonly text: Text;
  readonly because?: readonly Text[];
  /** A short note instead of the quoted answers (e.g. "among the first steps, page 2"). */
  readonly note?: Text;
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
      /** The head already names the table (the appendix's section tables): the caption is for
       *  assistive technology only and is not shown or printed. */
      readonly captionInHead?: boolean;
      /** Short rows (the glossary): print may set the rows in two column pairs side by side, as
       *  a dictionary does, to halve the length. The screen keeps one list. */
      readonly pairedInPrint?: boolean;
    }
  | {
      readonly kind: 'chart';
      readonly chart: ChartSpec;
      readonly caption: Text;
      readonly table: { readonly head: readonly Text[]; readonly rows: readonly (readonly Cell[])[] };
    }
  /** Quoted answers; `compact` in the appendix's smaller type. */
  | { readonly kind: 'answers'; readonly items: readonly AnswerItem[]; readonly compact?: boolean }
  /** A first step on the front page: what to do (large), then its recommendation and one line
   *  of why (smaller: the evidence is smaller than the action point). */
  | {
      readonly kind: 'actionPoint';
      readonly number: number;
      readonly text: Text;
      readonly recommendation: Text;
      readonly because?: Text;
    }
  | {
      readonly kind: 'recommendation';
      readonly id: RecommendationId;
      readonly title: Text;
      readonly priority: Text;
      readonly summary: Text;
      /** Answers behind the recommendation as a whole (the group report); [] when each action
       *  point carries its own. */
      readonly because: readonly AnswerItem[];
      readonly becauseTitle: Text;
      readonly actionsTitle: Text;
      /** Said when no action point follows from the answers. */
      readonly noActions: Text;
      readonly actions: readonly ActionItem[];
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
  /** Parts printed once after the language parts: `single` under one language, `bilingual` in a
   *  two-language PDF (the answers and glossary with both languages side by side). */
  readonly closing?: { readonly single: readonly Block[]; readonly bilingual: readonly Block[] };
}

export function assertNever(value: never): never {
  throw new Error(`Unhandled block: ${JSON.stringify(value)}`);
}

export const text = (key: MessageKey, params?: Readonly<Record<string, Param>>): Text =>
  params === undefined ? { key } : { key, params };
