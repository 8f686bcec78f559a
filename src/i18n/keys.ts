// Pure key builders (style.md §8): the one place that knows how id-derived keys are spelled.
// Used by the report model (which holds keys, not text), the renderers and locales.test.ts.
import type {
  DimensionId,
  IndicatorId,
  NetworkModelId,
  Priority,
  RecommendationId,
  SectionId,
} from '../catalogue/ids';

export const sectionTitle = (id: SectionId) => `sections.${id}.title`;
export const sectionIntro = (id: SectionId) => `sections.${id}.intro`;
export const questionLabel = (id: string) => `questions.${id}.label`;
export const questionHint = (id: string) => `questions.${id}.hint`;
export const questionHelp = (id: string) => `questions.${id}.help`;
export const optionLabel = (questionId: string, optionId: string) => `options.${questionId}.${optionId}`;
export const noneOfTheseLabel = (questionId: string) => `options.${questionId}.none_of_these`;
export const likertLabel = (scale: 'agree' | 'extent', value: number) =>
  `scales.${scale === 'agree' ? 'likert5_agree' : 'likert5_extent'}.${value}`;
export const unsureLabel = () => 'scales.unsure';
export const yesNoUnsureLabel = (value: 'yes' | 'no' | 'unsure') => `scales.yes_no_unsure.${value}`;
export const unitLabel = (unit: 'years') => `scales.units.${unit}`;
export const dimensionName = (id: DimensionId) => `dimensions.${id}.name`;
export const dimensionExplanation = (id: DimensionId) => `dimensions.${id}.explanation`;
export const dimensionLow = (id: DimensionId) => `dimensions.${id}.low`;
export const dimensionHigh = (id: DimensionId) => `dimensions.${id}.high`;
export const indicatorName = (id: IndicatorId) => `indicators.${id}.name`;
export const indicatorExplanation = (id: IndicatorId) => `indicators.${id}.explanation`;
export const networkModelName = (id: NetworkModelId | 'unknown') => `networkModels.${id}.name`;
export const networkModelDescription = (id: NetworkModelId | 'unknown') => `networkModels.${id}.description`;
export const networkModelMeaning = (id: NetworkModelId | 'unknown') => `networkModels.${id}.meaning`;
export const recommendationTitle = (id: RecommendationId) => `recommendations.${id}.title`;
export const recommendationSummary = (id: RecommendationId) => `recommendations.${id}.summary`;
export const recommendationSource = (id: RecommendationId) => `recommendations.${id}.source`;
export const actionLabel = (recommendationId: RecommendationId, actionId: string) =>
  `recommendations.${recommendationId}.actions.${actionId}`;
export const priorityLabel = (p: Priority | 'too_few_answers') => `recommendations.priority.${p}`;
export const glossaryTerm = (id: string) => `glossary.${id}.term`;
export const glossaryDefinition = (id: string) => `glossary.${id}.definition`;
export const answersFileError = (code: string) => `errors.answersFile.${code}`;
/** A form error that names its question ("Enter the name of your municipality"); optional. */
export const questionError = (questionId: string, code: string) => `errors.questions.${questionId}.${code}`;
export const notApplicableReason = (id: RecommendationId) => `recommendations.notApplicableReason.${id}`;
export const methodPart = (part: string) => `method.${part}`;
