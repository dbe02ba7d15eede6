/** A uniform number in [0, 1). Every generator here draws from one of these, never from Math.random. */
export type Random = () => number;

/**
 * mulberry32: a tiny seeded PRNG, fast enough for the per-row loop of a million-row file
 * (faker's own generator is kept for names, where its locale data matters).
 */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A seed of its own for each named stream (FNV-1a of the name mixed with the seed), so changing
 * the number of calls does not change the customers, and so on.
 */
export function streamSeed(seed: number, stream: string): number {
  let hash = 0x811c9dc5 ^ (seed >>> 0);
  for (let i = 0; i < stream.length; i++) {
    hash = Math.imul(hash ^ stream.charCodeAt(i), 0x01000193);
  }
  return hash >>> 0;
}

/** An integer in [min, max], both included. */
export function randomInt(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** Fisher-Yates over 0..count-1. */
export function shuffledIndexes(random: Random, count: number): Int32Array {
  const order = new Int32Array(count);
  for (let i = 0; i < count; i++) order[i] = i;
  for (let i = count - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const swap = order[i]!;
    order[i] = order[j]!;
    order[j] = swap;
  }
  return order;
}

/**
 * A value in [0, max] from an exponential with the given mean, cut off at max by inverting the
 * truncated distribution (no pile-up at max): most values short, a long thin tail.
 */
export function truncatedExponential(random: Random, mean: number, max: number): number {
  const tail = 1 - Math.exp(-max / mean);
  return -mean * Math.log(1 - random() * tail);
}
