import { describe, expect, it } from 'vitest';
import { nearestRank } from './nearest-rank.stats.js';

describe('nearestRank', () => {
  it('takes the ceil(p × n)-th smallest of an odd count', () => {
    // n = 5: median ceil(2.5) = 3rd, p90 ceil(4.5) = 5th, p25 ceil(1.25) = 2nd.
    const sorted = [10, 20, 30, 40, 50];
    expect([nearestRank(sorted, 50), nearestRank(sorted, 90), nearestRank(sorted, 25)]).toEqual([30, 50, 20]);
  });

  it('never interpolates on an even count', () => {
    // n = 4: median ceil(2) = 2nd (20, not 25), p90 ceil(3.6) = 4th, p75 ceil(3) = 3rd.
    const sorted = [10, 20, 30, 40];
    expect([nearestRank(sorted, 50), nearestRank(sorted, 90), nearestRank(sorted, 75)]).toEqual([20, 40, 30]);
  });

  it('lands exactly on whole ranks: p90 of 10 is the 9th, of 30 the 27th', () => {
    const upTo = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
    expect([nearestRank(upTo(10), 90), nearestRank(upTo(30), 90), nearestRank(upTo(20), 100)]).toEqual([9, 27, 20]);
  });

  it('answers null for an empty list and refuses a percentile outside (0, 100]', () => {
    expect(nearestRank([], 50)).toBeNull();
    expect(() => nearestRank([1], 0)).toThrow('percentile out of (0, 100]: 0');
  });
});
