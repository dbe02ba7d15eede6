import { ACTIVITY_FACTORS, SCORE_FACTORS, type ActivityFactor, type ScoreFactor, type ScoringOverrides } from './scoring.config.js';
import { ConfigObjectReader } from './config-object.reader.js';

const SCORING_KEYS = ['weights', 'halfSaturation', 'halfLifeDays', 'tiers'];
const TIER_KEYS = ['hot', 'warm'] as const;

/**
 * Checks a `scoring` section (from a config file, or options from a program) key by key:
 * weights >= 0 with at most one decimal, saturation constants and half-life > 0, tier
 * thresholds 0..100. Whether the weights add up to 100 is checked once all layers are merged.
 */
export function parseScoringOverrides(source: string, key: string, value: unknown): ScoringOverrides {
  const reader = ConfigObjectReader.of(source, key, value, SCORING_KEYS);
  const weights = reader.child('weights', SCORE_FACTORS);
  const halfSaturation = reader.child('halfSaturation', ACTIVITY_FACTORS);
  const tiers = reader.child('tiers', TIER_KEYS);
  return {
    ...(weights && { weights: readWeights(weights) }),
    ...(halfSaturation && { halfSaturation: readNumbers(halfSaturation, ACTIVITY_FACTORS, { min: 0, exclusive: true }) }),
    ...(reader.has('halfLifeDays') && { halfLifeDays: reader.number('halfLifeDays', { min: 0, exclusive: true }) }),
    ...(tiers && { tiers: readNumbers(tiers, TIER_KEYS, { min: 0, max: 100 }) }),
  };
}

function readWeights(reader: ConfigObjectReader): Partial<Record<ScoreFactor, number>> {
  const weights = readNumbers(reader, SCORE_FACTORS, { min: 0 });
  for (const [factor, weight] of Object.entries(weights)) {
    // Weights on the 0.1 grid keep every rounded factor within its weight, so a score never passes 100.
    if (Math.abs(weight * 10 - Math.round(weight * 10)) > 1e-9) throw reader.error(factor, 'must have at most one decimal', weight);
  }
  return weights;
}

function readNumbers<K extends ScoreFactor | ActivityFactor | 'hot' | 'warm'>(
  reader: ConfigObjectReader,
  names: readonly K[],
  limits: { min: number; exclusive?: boolean; max?: number },
): Partial<Record<K, number>> {
  const values: Partial<Record<K, number>> = {};
  for (const name of names) {
    const value = reader.number(name, limits);
    if (value !== undefined) values[name] = value;
  }
  return values;
}
