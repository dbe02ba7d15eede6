import { mulberry32, streamSeed } from './random.js';
import { zipfWeights } from './weighted.js';

/**
 * How active each customer is: a power law (Zipf, exponent 1), as in real call logs where a
 * few customers call again and again and most call once or twice.
 */
export function customerActivityWeights(count: number, seed: number): Float64Array {
  return zipfWeights(mulberry32(streamSeed(seed, 'customers.activity')), count, 1);
}

/** How much interest each listing draws: a gentler power law, a few listings are hot. */
export function listingPopularityWeights(count: number, seed: number): Float64Array {
  return zipfWeights(mulberry32(streamSeed(seed, 'listings.popularity')), count, 0.8);
}
