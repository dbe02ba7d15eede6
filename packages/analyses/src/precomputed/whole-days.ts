import type { TimeRange } from '@hcdm/core';

/** The tables kept per day (the records' days) count UTC days of this length. */
export const DAY_MS = 86_400_000;


/** A range cut at UTC midnights: its whole days (stored per day), and the partial days at its edges (read from the records). */
export interface DaySplit {
  /**
   * The whole days, as a range of day numbers (`from` included, `to` not; null: unbounded), for
   * `rangeCondition` over a day column; null when the range holds no whole day.
   */
  readonly days: TimeRange | null;
  /** The parts of the range outside those days, each less than a day. */
  readonly edges: readonly TimeRange[];
}

/** `range` (from included, to excluded, as `rangeCondition` reads it) cut at UTC midnights. */
export function splitAtWholeDays(range: TimeRange): DaySplit {
  const first = range.from === null ? null : Math.ceil(range.from / DAY_MS);
  const end = range.to === null ? null : Math.floor(range.to / DAY_MS);
  // No whole day inside (a range within one day, where the edges below would overlap, or across
  // one midnight): the records alone, few.
  if (first !== null && end !== null && first >= end) return { days: null, edges: [range] };
  const edges: TimeRange[] = [];
  if (range.from !== null && range.from < first! * DAY_MS) edges.push({ from: range.from, to: first! * DAY_MS });
  if (range.to !== null && end! * DAY_MS < range.to) edges.push({ from: end! * DAY_MS, to: range.to });
  return { days: { from: first, to: end }, edges };
}
