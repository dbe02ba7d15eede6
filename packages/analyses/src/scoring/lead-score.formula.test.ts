import { describe, expect, it } from 'vitest';
import { scoreLead, tierOf, type ScoreInputs } from './lead-score.formula.js';
import { DEFAULT_SCORING_CONFIG, type ScoringConfig } from './scoring.config.js';

const DAY = 86_400_000;
const NOW = Date.parse('2026-03-15T00:00:00Z');
const idle = (days: number) => NOW - days * DAY;
const inputs = (calls: number, sms: number, callSeconds: number, daysIdle: number | null): ScoreInputs => ({
  calls,
  sms,
  callSeconds,
  lastActivityAt: daysIdle === null ? null : idle(daysIdle),
});
const score = (i: ScoreInputs, config: ScoringConfig = DEFAULT_SCORING_CONFIG) => scoreLead(i, config, NOW);

describe('scoreLead', () => {
  it('works the round example: each input at a whole number of halvings', () => {
    // calls 30 × (1 − 2^(−3/3)) = 30 × 0.5 = 15; sms 20 × (1 − 2^(−6/3)) = 20 × 0.75 = 15;
    // talk 20 × (1 − 2^(−300/300)) = 10; recency 30 × 0.5^(14/14) = 15; 15 + 15 + 10 + 15 = 55.
    expect(score(inputs(3, 6, 300, 14))).toEqual({
      factors: [
        { factor: 'calls', value: 3, weight: 30, points: 15 },
        { factor: 'sms', value: 6, weight: 20, points: 15 },
        { factor: 'callSeconds', value: 300, weight: 20, points: 10 },
        { factor: 'recency', value: 14, weight: 30, points: 15 },
      ],
      score: 55,
      tier: 'warm',
    });
  });

  it('works an example that rounds every factor', () => {
    // calls 30 × (1 − 2^(−1/3)) = 30 × (1 − 0.793701) = 6.189 -> 6.2
    // sms 20 × (1 − 0.793701) = 4.126 -> 4.1
    // talk 20 × (1 − 2^(−120/300)) = 20 × (1 − 0.757858) = 4.843 -> 4.8
    // recency 30 × 0.5^(7/14) = 30 × 0.707107 = 21.213 -> 21.2
    // score 6.2 + 4.1 + 4.8 + 21.2 = 36.3, under 40: cold
    const result = score(inputs(1, 1, 120, 7));
    expect(result.factors.map((f) => f.points)).toEqual([6.2, 4.1, 4.8, 21.2]);
    expect([result.score, result.tier]).toEqual([36.3, 'cold']);
  });

  it('rounds half up: 9 calls give 30 × 0.875 = 26.25 -> 26.3', () => {
    expect(score(inputs(9, 0, 0, null)).factors[0]).toEqual({ factor: 'calls', value: 9, weight: 30, points: 26.3 });
  });

  it('makes the factors add up to the score exactly, in tenths', () => {
    for (const [calls, sms, seconds, days] of [
      [1, 1, 120, 7],
      [2, 5, 47, 3.3],
      [7, 0, 1234, 0.5],
      [13, 29, 61, 40],
    ] as const) {
      const result = score(inputs(calls, sms, seconds, days));
      const tenths = result.factors.reduce((sum, f) => sum + Math.round(f.points * 10), 0);
      expect(Math.round(result.score * 10)).toBe(tenths);
      expect(result.score).toBe(tenths / 10);
    }
  });

  it('gives half the recency weight after exactly one half-life, a quarter after two', () => {
    const recency = (days: number, config = DEFAULT_SCORING_CONFIG) => score(inputs(0, 0, 0, days), config).factors[3]?.points;
    const week = { ...DEFAULT_SCORING_CONFIG, halfLifeDays: 7 };
    expect([recency(0), recency(14), recency(28), recency(7, week), recency(14, week)]).toEqual([30, 15, 7.5, 15, 7.5]);
  });

  it('gives no recency points when nothing is counted, and full points for activity after "now"', () => {
    expect(score(inputs(0, 0, 0, null))).toEqual({
      factors: [
        { factor: 'calls', value: 0, weight: 30, points: 0 },
        { factor: 'sms', value: 0, weight: 20, points: 0 },
        { factor: 'callSeconds', value: 0, weight: 20, points: 0 },
        { factor: 'recency', value: null, weight: 30, points: 0 },
      ],
      score: 0,
      tier: 'cold',
    });
    expect(score(inputs(0, 0, 0, -2)).factors[3]).toEqual({ factor: 'recency', value: 0, weight: 30, points: 30 });
  });

  it('reaches exactly 100 when every factor saturates', () => {
    expect(score(inputs(1e6, 1e6, 1e9, 0)).score).toBe(100);
  });

  it('never lowers the score for one more call, SMS, second, or a later last activity', () => {
    const lowered: string[] = [];
    let checked = 0;
    for (let calls = 0; calls <= 25; calls += 1) {
      for (let sms = 0; sms <= 25; sms += 2) {
        for (let seconds = 0; seconds <= 2400; seconds += 120) {
          for (const days of [0, 0.5, 3, 14, 30, 90]) {
            const base = score(inputs(calls, sms, seconds, days)).score;
            const more = {
              call: inputs(calls + 1, sms, seconds, days),
              sms: inputs(calls, sms + 1, seconds, days),
              second: inputs(calls, sms, seconds + 1, days),
              later: inputs(calls, sms, seconds, days / 2),
            };
            for (const [what, next] of Object.entries(more)) {
              if (score(next).score < base) lowered.push(`${calls}/${sms}/${seconds}/${days} + ${what}`);
            }
            checked += 1;
          }
        }
      }
    }
    expect({ checked, lowered }).toEqual({ checked: 26 * 13 * 21 * 6, lowered: [] });
  });

  it('follows the weights: a zero weight gives no points whatever the activity', () => {
    const noSms = { ...DEFAULT_SCORING_CONFIG, weights: { calls: 40, sms: 0, callSeconds: 30, recency: 30 } };
    // calls 40 × 0.5 = 20; sms 0; talk 30 × 0.5 = 15; recency 30 × 0.5 = 15: 50
    expect(score(inputs(3, 50, 300, 14), noSms).factors.map((f) => f.points)).toEqual([20, 0, 15, 15]);
  });
});

describe('tierOf', () => {
  it.each([
    [100, 'hot'],
    [70, 'hot'],
    [69.9, 'warm'],
    [40, 'warm'],
    [39.9, 'cold'],
    [0, 'cold'],
  ] as const)('puts %d in %s with the default thresholds', (value, tier) => {
    expect(tierOf(value, DEFAULT_SCORING_CONFIG.tiers)).toBe(tier);
  });

  it('follows configured thresholds', () => {
    const tiers = { hot: 50, warm: 20 };
    expect([tierOf(50, tiers), tierOf(49.9, tiers), tierOf(20, tiers), tierOf(19.9, tiers)]).toEqual(['hot', 'warm', 'warm', 'cold']);
  });
});
