import { describe, expect, it } from 'vitest';
import { roundedShares } from './share.rounding.js';

const units = (shares: (number | null)[]) => shares.reduce<number>((sum, share) => sum + Math.round((share ?? 0) * 10_000), 0);

describe('roundedShares', () => {
  it('keeps exact shares as they are', () => {
    // 3/5, 1/5, 1/5, 0/5.
    expect(roundedShares([3, 1, 1, 0])).toEqual([0.6, 0.2, 0.2, 0]);
  });

  it('gives the missing units to the largest remainders, so thirds add up to 1', () => {
    // 10000/3 = 3333 r 1 each: 9999 units, the one missing goes to the first of equals.
    expect(roundedShares([1, 1, 1])).toEqual([0.3334, 0.3333, 0.3333]);
    // 2/3 = 6666 r 2, 1/3 = 3333 r 1: the larger remainder takes the unit.
    expect(roundedShares([1, 2])).toEqual([0.3333, 0.6667]);
  });

  it('adds up to exactly 10,000 units whatever the counts', () => {
    // Sixths: 1666 r 4 four times and 3333 r 2: 9997 units, three more to the first three remainders of 4.
    expect(roundedShares([1, 2, 1, 1, 1])).toEqual([0.1667, 0.3333, 0.1667, 0.1667, 0.1666]);
    for (const counts of [[1, 2, 1, 1, 1], [7, 7, 7, 7, 7, 7], [1, 998, 1], [13, 17, 19, 23]]) expect(units(roundedShares(counts))).toBe(10_000);
  });

  it('has no shares of nothing', () => {
    expect(roundedShares([0, 0, 0])).toEqual([null, null, null]);
  });
});
