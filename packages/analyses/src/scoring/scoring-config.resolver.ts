import { DEFAULT_SCORING_CONFIG, SCORE_FACTORS, type ScoringConfig } from './scoring.config.js';
import { InvalidConfigError } from './config.errors.js';
import { parseScoringOverrides } from './scoring-config.parser.js';

/** One source of scoring settings: where they come from (for errors) and what they say. */
export interface ScoringLayer {
  /** A config file's path, or "options". */
  readonly source: string;
  /** A `scoring` section as given: checked here, so a program's options get the same checks. */
  readonly scoring: unknown;
}

/**
 * The defaults with each layer laid over them in turn (later layers win, key by key), checked
 * as a whole: the weights must add up to exactly 100 (rejected, not normalized, so the weights
 * an analyst writes are the points `explain lead` shows), and warm may not be above hot. A
 * whole-config error names the last layer that set the keys involved.
 */
export function resolveScoringConfig(layers: readonly ScoringLayer[]): ScoringConfig {
  let config = DEFAULT_SCORING_CONFIG;
  let weightsSource: string | null = null;
  let tiersSource: string | null = null;
  for (const layer of layers) {
    if (layer.scoring === undefined) continue;
    const overrides = parseScoringOverrides(layer.source, 'scoring', layer.scoring);
    if (overrides.weights) weightsSource = layer.source;
    if (overrides.tiers) tiersSource = layer.source;
    config = {
      weights: { ...config.weights, ...overrides.weights },
      halfSaturation: { ...config.halfSaturation, ...overrides.halfSaturation },
      halfLifeDays: overrides.halfLifeDays ?? config.halfLifeDays,
      tiers: { ...config.tiers, ...overrides.tiers },
    };
  }
  checkWeightSum(config, weightsSource);
  if (config.tiers.warm > config.tiers.hot) {
    const reason = 'warm must not be above hot';
    throw new InvalidConfigError(tiersSource ?? 'defaults', 'scoring.tiers', reason, `warm ${config.tiers.warm}, hot ${config.tiers.hot}`);
  }
  return config;
}

function checkWeightSum(config: ScoringConfig, source: string | null): void {
  // In tenths, so 0.1-grid weights add up exactly.
  const tenths = SCORE_FACTORS.reduce((sum, factor) => sum + Math.round(config.weights[factor] * 10), 0);
  if (tenths === 1000) return;
  const terms = SCORE_FACTORS.map((factor) => `${factor} ${config.weights[factor]}`).join(' + ');
  throw new InvalidConfigError(source ?? 'defaults', 'scoring.weights', 'must add up to 100', `${terms} = ${tenths / 10}`);
}
