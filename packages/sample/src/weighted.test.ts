import { describe, expect, it } from 'vitest';
import { apportion, countAtOrBelow, cumulativeWeights, indexAtWeight, pickIndex, zipfWeights } from './weighted.js';
import { mulberry32 } from './random.js';

describe('apportion', () => {
  it('splits a total in proportion, the largest remainders taking the rest, ties to the first', () => {
    expect(Array.from(apportion(10, [1, 1, 1]))).toEqual([4, 3, 3]);
    expect(Array.from(apportion(7, [0.5, 0.25, 0.25]))).toEqual([3, 2, 2]);
    expect(Array.from(apportion(0, [2, 1]))).toEqual([0, 0]);
  });
});

describe('weighted picks', () => {
  const sums = cumulativeWeights([1, 2, 3]);

  it('keeps running sums', () => {
    expect(Array.from(sums)).toEqual([1, 3, 6]);
  });

  it('finds the first entry whose running sum exceeds the target', () => {
    expect([0, 0.5, 1, 2.99, 3, 5.99].map((target) => indexAtWeight(sums, target))).toEqual([0, 0, 1, 1, 2, 2]);
  });

  it('draws by weight within a prefix', () => {
    const half = () => 0.5;
    expect([pickIndex(half, sums), pickIndex(half, sums, 2), pickIndex(half, sums, 1)]).toEqual([2, 1, 0]);
  });

  it('counts sorted entries at or below a value', () => {
    const sorted = Float64Array.from([1, 2, 2, 5]);
    expect([0, 1, 2, 4, 9].map((value) => countAtOrBelow(sorted, value))).toEqual([0, 1, 3, 3, 4]);
  });

  it('deals power-law weights 1, 1/2, 1/3 ... to the entries in some order', () => {
    const weights = Array.from(zipfWeights(mulberry32(1), 4, 1)).sort((a, b) => b - a);
    expect(weights).toEqual([1, 1 / 2, 1 / 3, 1 / 4]);
  });
});
