import { InvalidValueError } from '@hcdm/core';
import { nearestRank } from './nearest-rank.stats.js';

/**
 * A price band: the listings priced above `from` and up to and including `to`. The first band
 * has no lower edge (`from` null) and explicit bands end with one without an upper edge.
 */
export interface PriceBand {
  readonly label: string;
  readonly from: number | null;
  readonly to: number | null;
}

/**
 * The default bands, from the quartiles of the listing prices (ascending) by the nearest-rank
 * method: edges Q1, Q2, Q3 and the highest price, repeats dropped. Every edge is a listing's
 * price, so every band holds at least that listing: equal prices merge bands, never empty them.
 */
export function quartileBands(sortedPrices: readonly number[]): PriceBand[] {
  const edges = [25, 50, 75, 100].map((percent) => nearestRank(sortedPrices, percent));
  const distinct = [...new Set(edges.filter((edge): edge is number => edge !== null))];
  return distinct.map((to, i) => band(i === 0 ? null : (distinct[i - 1] ?? null), to));
}

/** Bands at the given edges (strictly increasing, >= 0): up to the first, between each, above the last. */
export function explicitBands(edges: readonly number[]): PriceBand[] {
  if (edges.length === 0) throw new InvalidValueError('bands', 'needs at least one edge', '');
  edges.forEach((edge, i) => {
    if (!Number.isFinite(edge) || edge < 0) throw new InvalidValueError('bands', 'needs prices of 0 or more', edge);
    const previous = edges[i - 1];
    if (previous !== undefined && edge <= previous) throw new InvalidValueError('bands', 'edges must increase', edges.join(','));
  });
  return [...edges.map((to, i) => band(i === 0 ? null : (edges[i - 1] ?? null), to)), band(edges.at(-1) ?? null, null)];
}

function band(from: number | null, to: number | null): PriceBand {
  if (from === null) return { label: `up to ${to}`, from, to };
  if (to === null) return { label: `over ${from}`, from, to };
  return { label: `over ${from} to ${to}`, from, to };
}
