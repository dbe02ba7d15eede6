import { describe, expect, it } from 'vitest';
import { DEFAULT_SCORING_CONFIG } from './scoring.config.js';
import { resolveScoringConfig, type ScoringLayer } from './scoring-config.resolver.js';

function rejection(layers: ScoringLayer[]): unknown {
  try {
    resolveScoringConfig(layers);
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

describe('resolveScoringConfig', () => {
  it('answers the defaults when no layer says anything', () => {
    expect(resolveScoringConfig([{ source: 'f.json', scoring: undefined }, { source: 'options', scoring: {} }])).toEqual({
      weights: { calls: 30, sms: 20, callSeconds: 20, recency: 30 },
      halfSaturation: { calls: 3, sms: 3, callSeconds: 300 },
      halfLifeDays: 14,
      tiers: { hot: 70, warm: 40 },
    });
  });

  it('lays later layers over earlier ones key by key', () => {
    const file = { weights: { calls: 40, sms: 10 }, halfLifeDays: 7, tiers: { hot: 80 } };
    const options = { weights: { calls: 35, sms: 15 }, halfSaturation: { callSeconds: 600 } };
    expect(resolveScoringConfig([{ source: 'f.json', scoring: file }, { source: 'options', scoring: options }])).toEqual({
      weights: { calls: 35, sms: 15, callSeconds: 20, recency: 30 },
      halfSaturation: { calls: 3, sms: 3, callSeconds: 600 },
      halfLifeDays: 7,
      tiers: { hot: 80, warm: 40 },
    });
  });

  it('accepts weights of one decimal that add up to 100', () => {
    const weights = { calls: 33.3, sms: 33.3, callSeconds: 33.4, recency: 0 };
    expect(resolveScoringConfig([{ source: 'options', scoring: { weights } }]).weights).toEqual(weights);
  });

  it('rejects weights that do not add up to 100, naming the layer that last set weights', () => {
    expect(rejection([{ source: 'options', scoring: { weights: { calls: 50 } } }])).toMatchObject({
      code: 'INVALID_INPUT',
      message: 'options: scoring.weights: must add up to 100 (calls 50 + sms 20 + callSeconds 20 + recency 30 = 120)',
    });
    expect(
      rejection([
        { source: 'f.json', scoring: { weights: { recency: 20 } } },
        { source: 'options', scoring: { halfLifeDays: 3 } },
      ]),
    ).toMatchObject({ message: 'f.json: scoring.weights: must add up to 100 (calls 30 + sms 20 + callSeconds 20 + recency 20 = 90)' });
  });

  it('lets options mend a file whose weights do not add up', () => {
    const config = resolveScoringConfig([
      { source: 'f.json', scoring: { weights: { recency: 20 } } },
      { source: 'options', scoring: { weights: { calls: 40 } } },
    ]);
    expect(config.weights).toEqual({ calls: 40, sms: 20, callSeconds: 20, recency: 20 });
  });

  it('rejects warm above hot', () => {
    expect(rejection([{ source: 'f.json', scoring: { tiers: { warm: 75 } } }])).toMatchObject({
      message: 'f.json: scoring.tiers: warm must not be above hot (warm 75, hot 70)',
    });
  });

  it('checks options from a program as strictly as a file', () => {
    expect(rejection([{ source: 'options', scoring: { weights: { calls: Number.NaN } } }])).toMatchObject({
      message: 'options: scoring.weights.calls: must be a number at least 0 (NaN)',
    });
    expect(DEFAULT_SCORING_CONFIG.weights.calls).toBe(30);
  });
});
