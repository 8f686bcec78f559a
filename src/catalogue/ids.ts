// Closed sets fixed by contract.md §2. Kept in the catalogue layer because questions name
// what they feed (content-model §2.2), and the catalogue may import nothing above it.
// No zod here: the app shell imports these lists, and schemas build on them with z.enum(…).

export const SECTION_IDS = [
  'profile',
  'objectives',
  'actors',
  'translocal',
  'exchange',
  'learning',
  'conditions',
  'outcomes',
] as const;
export type SectionId = (typeof SECTION_IDS)[number];

// ch. 9.5: the six dynamics of mutual learning, in the output order of content-model §5.3.
export const DIMENSION_IDS = [
  'similarity',
  'difference',
  'resources',
  'trust',
  'equality',
  'translocal',
] as const;
export type DimensionId = (typeof DIMENSION_IDS)[number];

// content-model §5.4, in output order.
export const INDICATOR_IDS = [
  'objectives_clarity',
  'reciprocity',
  'actor_diversity',
  'peer_exchange',
  'facilitation',
  'institutionalisation',
  'broader_networks',
  'translocal_use',
  'civil_society_support',
  'public_support',
  'ownership',
  'mutual_learning',
] as const;
export type IndicatorId = (typeof INDICATOR_IDS)[number];

// ch. 9.4, figure 9.1.
export const NETWORK_MODEL_IDS = ['classic', 'multi_actor', 'multi_level', 'hybrid'] as const;
export type NetworkModelId = (typeof NETWORK_MODEL_IDS)[number];

// ch. 10, recommendations 1–7.
export const RECOMMENDATION_IDS = ['R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7'] as const;
export type RecommendationId = (typeof RECOMMENDATION_IDS)[number];

export const PRIORITIES = ['high', 'medium', 'low', 'not_applicable'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const SIDES = ['destination', 'source'] as const;
export type Side = (typeof SIDES)[number];

// The language list has its own module (languages.ts); re-exported for the many type imports.
export { LANGUAGES, type Language } from './languages';

export const ID_PATTERN = /^[a-z][a-z0-9_]*$/;
