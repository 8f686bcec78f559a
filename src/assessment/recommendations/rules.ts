// The seven recommendations of ch. 10, in R order (content-model §7.2).
import { R1 } from './r1-learning-both-sides';
import { R2 } from './r2-lever-beyond';
import { R3 } from './r3-peer-exchange';
import { R4 } from './r4-civil-society';
import { R5 } from './r5-long-term';
import { R6 } from './r6-actor-not-reactor';
import { R7 } from './r7-migrants';
import type { RecommendationRule } from './types';

export const RECOMMENDATION_RULES: readonly RecommendationRule[] = [R1, R2, R3, R4, R5, R6, R7];
