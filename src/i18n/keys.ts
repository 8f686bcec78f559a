// Pure key builders (style.md §8): the one place that knows how id-derived keys are spelled.
// Used by the report model (which holds keys, not text), the renderers and locales.test.ts.
// Each builder returns a MessageKey. Where the id set is closed, the compiler proves the key exists
// (`sections.${SectionId}.title` must be a MessageKey for every SectionId); where the catalogue's
// types leave an id open (question, option and action ids are plain strings in QuestionDef,
// GroupQuestion and ActionPoint), the key is `checkedByTest`.
import type { LikertValue, YesNoUnsure } from '../catalogue/scales';
import type { ProblemCode } from '../answers/problem';
import type { QuestionId } from '../catalogue/catalogue';
import type {
  DimensionId,
  IndicatorId,
  NetworkModelId,
  Priority,
  RecommendationId,
  SectionId,
  Side,
} from '../catalogue/ids';
import type { MessageKey } from './message-key';
import type { TranslationTree } from './resources';

export type { MessageKey } from './message-key';

/** A key built from an id the types do not close. The tests check every such id has its text in
 *  every language: test/locales.test.ts the catalogue's, test/i18n/message-key.test.ts the
 *  recommendations' and every key of the reports built from the fixtures. */
const checkedByTest = (key: string): MessageKey => key as MessageKey;

/** Proof that every catalogue question has a label and help text: a question added without
 *  them fails to compile here, not just in a test. (questionLabel takes a plain string because
 *  the questionnaire's QuestionDef ids are strings.) */
type Proven<K extends MessageKey> = K;
export type QuestionKey = Proven<`questions.${QuestionId}.${'label' | 'help'}`>;

export const sectionTitle = (id: SectionId): MessageKey => `sections.${id}.title`;
export const sectionIntro = (id: SectionId): MessageKey => `sections.${id}.intro`;
export const questionLabel = (id: string): MessageKey => checkedByTest(`questions.${id}.label`);
/** Not every question has a hint: ask `i18n.exists` first (a plain string, not a MessageKey). */
export const questionHint = (id: string): string => `questions.${id}.hint`;
export const questionHelp = (id: string): MessageKey => checkedByTest(`questions.${id}.help`);
export const optionLabel = (questionId: string, optionId: string): MessageKey =>
  checkedByTest(`options.${questionId}.${optionId}`);
export const noneOfTheseLabel = (questionId: string): MessageKey =>
  checkedByTest(`options.${questionId}.none_of_these`);

const LIKERT_SCALE = { agree: 'likert5_agree', extent: 'likert5_extent' } as const;
export const likertLabel = (scale: 'agree' | 'extent', value: LikertValue): MessageKey =>
  `scales.${LIKERT_SCALE[scale]}.${value}`;
export const unsureLabel = (): MessageKey => 'scales.unsure';
export const yesNoUnsureLabel = (value: YesNoUnsure): MessageKey => `scales.yes_no_unsure.${value}`;
export const unitLabel = (unit: 'years'): MessageKey => `scales.units.${unit}`;

export const dimensionName = (id: DimensionId): MessageKey => `dimensions.${id}.name`;
export const dimensionExplanation = (id: DimensionId): MessageKey => `dimensions.${id}.explanation`;
export const dimensionLow = (id: DimensionId): MessageKey => `dimensions.${id}.low`;
export const dimensionHigh = (id: DimensionId): MessageKey => `dimensions.${id}.high`;
export const indicatorName = (id: IndicatorId): MessageKey => `indicators.${id}.name`;
export const indicatorExplanation = (id: IndicatorId): MessageKey => `indicators.${id}.explanation`;
export const networkModelName = (id: NetworkModelId | 'unknown'): MessageKey => `networkModels.${id}.name`;
export const networkModelDescription = (id: NetworkModelId | 'unknown'): MessageKey =>
  `networkModels.${id}.description`;
export const networkModelMeaning = (id: NetworkModelId | 'unknown'): MessageKey =>
  `networkModels.${id}.meaning`;

export const recommendationTitle = (id: RecommendationId): MessageKey => `recommendations.${id}.title`;
export const recommendationSummary = (id: RecommendationId): MessageKey => `recommendations.${id}.summary`;
export const recommendationSource = (id: RecommendationId): MessageKey => `recommendations.${id}.source`;
/** Only a recommendation with an applicability condition has one (R7 today): checked by test. */
export const notApplicableReason = (id: RecommendationId): MessageKey =>
  checkedByTest(`recommendations.notApplicableReason.${id}`);
export const actionLabel = (recommendationId: RecommendationId, actionId: string): MessageKey =>
  checkedByTest(`recommendations.${recommendationId}.actions.${actionId}`);
export const priorityLabel = (p: Priority | 'too_few_answers'): MessageKey => `recommendations.priority.${p}`;

/** A glossary entry's id: the entries are the ones locales/en/glossary.json has. */
export type GlossaryId = keyof TranslationTree['glossary'] & string;
export const glossaryTerm = (id: GlossaryId): MessageKey => `glossary.${id}.term`;
export const answersFileError = (code: ProblemCode): MessageKey => `errors.answersFile.${code}`;
/** The name of a side in the workshop's group report ("destination country" …). */
export const groupSideName = (side: Side): MessageKey => `group.report.sides.${side}`;
/** content-model-v2 §3: R4's and R7's action points addressed to a civil-society organisation. */
export const civilSocietyActionLabel = (actionId: string): MessageKey =>
  checkedByTest(`recommendations.civilSocietyActions.${actionId}`);
/** content-model-v2 §2.1: the migration link in a few words, as context of the sixth dimension. */
export const migrationLinkLabel = (optionId: string): MessageKey =>
  checkedByTest(`report.notes.linkValue.${optionId}`);
/** A form error that names its question ("Enter the name of your municipality"); optional, so a
 *  plain string: the form asks `i18n.exists` first. */
export const questionError = (questionId: string, code: string): string =>
  `errors.questions.${questionId}.${code}`;
