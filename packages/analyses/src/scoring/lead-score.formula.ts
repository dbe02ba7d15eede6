import { ACTIVITY_FACTORS, type LeadTier, type ScoreFactor, type ScoringConfig, type TierThresholds } from './scoring.config.js';

const DAY_MS = 86_400_000;

/** What a lead's score is computed from: its counted activity and its latest counted event. */
export interface ScoreInputs {
  readonly calls: number;
  readonly sms: number;
  readonly callSeconds: number;
  /** Epoch ms of the lead's latest counted event; null when nothing of it is counted. */
  readonly lastActivityAt: number | null;
}

/** One factor of a score: its raw value (days idle for recency), its weight, its points. */
export interface FactorPoints {
  readonly factor: ScoreFactor;
  readonly value: number | null;
  readonly weight: number;
  readonly points: number;
}

export interface LeadScore {
  readonly factors: readonly FactorPoints[];
  /** The sum of the factors' rounded points, so the factors add up to it exactly. */
  readonly score: number;
  readonly tier: LeadTier;
}

/**
 * Scores one lead. Activity: weight × (1 − 2^(−x / halfSaturation)); recency: weight ×
 * 0.5^(daysIdle / halfLifeDays), 0 with nothing counted. Each is rounded half up to one
 * decimal, and the score is their sum, computed in tenths so the decimals stay exact.
 * Every factor rises with its input, so more activity never lowers the score.
 */
export function scoreLead(inputs: ScoreInputs, config: ScoringConfig, now: number): LeadScore {
  const activity = ACTIVITY_FACTORS.map((factor) => {
    const value = inputs[factor];
    const share = 1 - 2 ** (-value / config.halfSaturation[factor]);
    return { factor, value, weight: config.weights[factor], tenths: toTenths(config.weights[factor] * share) };
  });
  const recency = recencyFactor(inputs.lastActivityAt, config, now);
  const all = [...activity, recency];
  const tenths = all.reduce((sum, factor) => sum + factor.tenths, 0);
  const factors = all.map(({ factor, value, weight, tenths: points }) => ({ factor, value, weight, points: points / 10 }));
  const score = tenths / 10;
  return { factors, score, tier: tierOf(score, config.tiers) };
}

/** hot at or above `hot`, warm at or above `warm`, else cold. */
export function tierOf(score: number, tiers: TierThresholds): LeadTier {
  if (score >= tiers.hot) return 'hot';
  return score >= tiers.warm ? 'warm' : 'cold';
}

/** Activity after "now" (a `now` given before the data's end) counts as idle for 0 days. */
function recencyFactor(lastActivityAt: number | null, config: ScoringConfig, now: number) {
  const weight = config.weights.recency;
  if (lastActivityAt === null) return { factor: 'recency' as const, value: null, weight, tenths: 0 };
  const days = Math.max(0, now - lastActivityAt) / DAY_MS;
  const tenths = toTenths(weight * 0.5 ** (days / config.halfLifeDays));
  return { factor: 'recency' as const, value: Math.round(days * 100) / 100, weight, tenths };
}

function toTenths(points: number): number {
  return Math.round(points * 10);
}
