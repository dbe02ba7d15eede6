import type { TimeRange } from '@hcdm/core';

/** The tables kept per day (agents' days, call outcomes' days) count UTC days of this length. */
export const DAY_MS = 86_400_000;

// As the quarter hours: shifted so integer division floors for instants before 1970 too (the
// shift, 8.64e15 ms, still leaves year 9999 below 2^53).
const SHIFT_DAYS = 100_000_000;

/** The UTC day (days since 1970-01-01, floored) of `column`, an epoch-ms column, in SQL both engines run alike. */
export function daySql(column: string): string {
  return `(${column} + ${SHIFT_DAYS * DAY_MS}) / ${DAY_MS} - ${SHIFT_DAYS}`;
}

/** A range cut at UTC midnights: its whole days (stored per day), and the partial days at its edges (read from the records). */
export interface DaySplit {
  /** Days from `first` (null: the first there is) up to, not including, `end` (null: past the last); null when the range holds no whole day. */
  readonly days: { readonly first: number | null; readonly end: number | null } | null;
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
  return { days: { first, end }, edges };
}

/** The SQL condition (and its parameters) of a day column within `days`. */
export function dayCondition(days: NonNullable<DaySplit['days']>): { condition: string; parameters: Record<string, number> } {
  const conditions = ['1 = 1'];
  const parameters: Record<string, number> = {};
  if (days.first !== null) {
    conditions.push('day >= :firstDay');
    parameters.firstDay = days.first;
  }
  if (days.end !== null) {
    conditions.push('day < :endDay');
    parameters.endDay = days.end;
  }
  return { condition: conditions.join(' AND '), parameters };
}
