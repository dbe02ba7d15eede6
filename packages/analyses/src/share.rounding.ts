/**
 * Each count's share of their total, rounded to `decimals` places by the largest-remainder
 * method, so the rounded shares add up to exactly 1: every share first rounded down, then the
 * units still missing go one each to the largest remainders (ties: the larger count, then the
 * entry listed first). Rounding each share on its own could give 1/3 + 1/3 + 1/3 = 0.9999. Null
 * for every entry when the total is 0 (no share of nothing). Integer arithmetic throughout.
 */
export function roundedShares(counts: readonly number[], decimals = 4): (number | null)[] {
  const total = counts.reduce((sum, count) => sum + count, 0);
  if (total === 0) return counts.map(() => null);
  const scale = 10 ** decimals;
  const units = counts.map((count) => Math.floor((count * scale) / total));
  const remainders = counts.map((count) => (count * scale) % total);
  const order = counts.map((_, index) => index).sort((a, b) => remainders[b]! - remainders[a]! || counts[b]! - counts[a]! || a - b);
  let missing = scale - units.reduce((sum, unit) => sum + unit, 0);
  for (const index of order) {
    if (missing === 0) break;
    units[index]!++;
    missing--;
  }
  return units.map((unit) => unit / scale);
}
