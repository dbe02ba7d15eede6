/** The factors a lead's score is made of; each has a weight, the most points it can give. */
export type ScoreFactor = 'calls' | 'sms' | 'callSeconds' | 'recency';

/** The factors that count activity and saturate: more always helps, ever less. */
export type ActivityFactor = Exclude<ScoreFactor, 'recency'>;

export type LeadTier = 'hot' | 'warm' | 'cold';

export const SCORE_FACTORS: readonly ScoreFactor[] = ['calls', 'sms', 'callSeconds', 'recency'];
export const ACTIVITY_FACTORS: readonly ActivityFactor[] = ['calls', 'sms', 'callSeconds'];
export const LEAD_TIERS: readonly LeadTier[] = ['hot', 'warm', 'cold'];

/** The lowest score of each tier above cold. */
export interface TierThresholds {
  readonly hot: number;
  readonly warm: number;
}

/**
 * How a lead is scored (see the package README for the formula). Weights are points out of
 * 100 and add up to exactly 100, so the score is 0..100 and each weight is what its factor
 * gives at most.
 */
export interface ScoringConfig {
  readonly weights: Readonly<Record<ScoreFactor, number>>;
  /** The amount of each activity that earns half its factor's weight (calls, SMS, seconds). */
  readonly halfSaturation: Readonly<Record<ActivityFactor, number>>;
  /** Days of silence that halve the recency points. */
  readonly halfLifeDays: number;
  readonly tiers: TierThresholds;
}

/** Any part of a ScoringConfig, as a config file or an option gives it; the rest keeps its value. */
export interface ScoringOverrides {
  readonly weights?: Partial<Record<ScoreFactor, number>>;
  readonly halfSaturation?: Partial<Record<ActivityFactor, number>>;
  readonly halfLifeDays?: number;
  readonly tiers?: Partial<TierThresholds>;
}

export const DEFAULT_SCORING_CONFIG: ScoringConfig = {
  weights: { calls: 30, sms: 20, callSeconds: 20, recency: 30 },
  halfSaturation: { calls: 3, sms: 3, callSeconds: 300 },
  halfLifeDays: 14,
  tiers: { hot: 70, warm: 40 },
};
