import { shuffledIndexes, type Random } from './random.js';

/** Running sums of weights; `pickIndex` finds where a uniform draw falls among them. */
export function cumulativeWeights(weights: ArrayLike<number>): Float64Array {
  const sums = new Float64Array(weights.length);
  let total = 0;
  for (let i = 0; i < weights.length; i++) {
    total += weights[i]!;
    sums[i] = total;
  }
  return sums;
}

/** The total weight of the first `end` entries. */
export function weightOfPrefix(sums: Float64Array, end: number): number {
  return end <= 0 ? 0 : sums[Math.min(end, sums.length) - 1]!;
}

/** An index in [0, end) drawn by weight: binary search of the running sums. */
export function pickIndex(random: Random, sums: Float64Array, end = sums.length): number {
  return indexAtWeight(sums, random() * weightOfPrefix(sums, end), end);
}

/** The first index whose running sum exceeds `target`. */
export function indexAtWeight(sums: Float64Array, target: number, end = sums.length): number {
  let low = 0;
  let high = end - 1;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sums[mid]! > target) high = mid;
    else low = mid + 1;
  }
  return low;
}

/**
 * Power-law weights (rank^-exponent) dealt to the entries in a shuffled order, so the few very
 * heavy entries are not simply the first ids.
 */
export function zipfWeights(random: Random, count: number, exponent: number): Float64Array {
  const order = shuffledIndexes(random, count);
  const weights = new Float64Array(count);
  for (let rank = 0; rank < count; rank++) weights[order[rank]!] = (rank + 1) ** -exponent;
  return weights;
}

/** A fixed table of choices with weights, for statuses, sources, kinds and the like. */
export function weightedChoice<T>(entries: readonly (readonly [T, number])[]): (random: Random) => T {
  const sums = cumulativeWeights(entries.map(([, weight]) => weight));
  return (random) => entries[pickIndex(random, sums)]![0];
}

/** How many entries of an ascending array are <= value. */
export function countAtOrBelow(sorted: Float64Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid]! <= value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Splits `total` into whole parts proportional to `weights` that add up exactly (largest remainder). */
export function apportion(total: number, weights: ArrayLike<number>): Int32Array {
  const parts = new Int32Array(weights.length);
  const sum = cumulativeWeights(weights).at(-1) ?? 0;
  if (weights.length === 0 || sum <= 0) return parts;
  const remainders = Array.from({ length: weights.length }, (_, i) => {
    const exact = (total * weights[i]!) / sum;
    parts[i] = Math.floor(exact);
    return { i, rest: exact - parts[i]! };
  });
  let left = total - parts.reduce((a, b) => a + b, 0);
  remainders.sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (let k = 0; left > 0; k = (k + 1) % remainders.length, left--) parts[remainders[k]!.i]!++;
  return parts;
}
