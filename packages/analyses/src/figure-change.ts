/**
 * A figure beside its previous period's: `calls` with `callsPrevious`, `callsChange` (current
 * minus previous) and `callsChangePct` (the change as a percentage of the previous). The keys
 * are the figure's own key with these endings, so every result compares alike (README
 * "Compared with the previous period").
 */
export type ComparedKeys<K extends string> = `${K}Previous` | `${K}Change` | `${K}ChangePct`;

export type Compared<T, K extends keyof T & string> = T & Readonly<Record<ComparedKeys<K>, number | null>>;

/**
 * `row` with, for each figure in `keys`, the previous period's figure (`previous[key]`; 0 when
 * the row had nothing then: a lead new in this period was at 0 before) and the change.
 */
export function withPrevious<T extends object, K extends keyof T & string>(
  row: T,
  previous: Partial<Readonly<Record<K, number | null>>> | undefined,
  keys: readonly K[],
): Compared<T, K> {
  const compared: Record<string, number | null> = {};
  for (const key of keys) {
    const now = row[key] as number | null;
    const before = previous === undefined ? 0 : (previous[key] ?? null);
    compared[`${key}Previous`] = before;
    compared[`${key}Change`] = change(now, before);
    compared[`${key}ChangePct`] = changePct(now, before);
  }
  return { ...row, ...compared } as Compared<T, K>;
}

/** Current minus previous, to 4 decimals so a difference of scores or shares shows no float noise; null when either is. */
export function change(current: number | null, previous: number | null): number | null {
  if (current === null || previous === null) return null;
  return roundTo(current - previous, 4);
}

/**
 * The change as a percentage of the previous figure, half away from zero to one decimal: 4
 * after 3 is 33.3, 2 after 3 is -33.3. Null when the previous figure is 0 (growth from nothing
 * has no percentage; the change says how much) or either figure is null.
 */
export function changePct(current: number | null, previous: number | null): number | null {
  if (current === null || previous === null || previous === 0) return null;
  return roundTo(((current - previous) / previous) * 100, 1);
}

function roundTo(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  const rounded = (Math.sign(value) * Math.round(Math.abs(value) * scale)) / scale;
  return rounded === 0 ? 0 : rounded; // never -0
}
