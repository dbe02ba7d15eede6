/**
 * The nearest-rank percentile of an ascending list: the ceil(percent / 100 × n)-th smallest value
 * (always a value of the list, never an interpolation); null for an empty list. `percent` is in
 * (0, 100]; integer arithmetic (percent × n / 100) keeps 90 % of 30 at exactly the 27th.
 */
export function nearestRank(sorted: readonly number[], percent: number): number | null {
  if (!(percent > 0 && percent <= 100)) throw new RangeError(`percentile out of (0, 100]: ${percent}`);
  if (sorted.length === 0) return null;
  const rank = Math.ceil((percent * sorted.length) / 100);
  return sorted[Math.min(rank, sorted.length) - 1] ?? null;
}
