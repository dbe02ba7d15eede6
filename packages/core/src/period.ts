import { DateTime } from 'luxon';
import { InvalidValueError } from './core.errors.js';

/** A period as the analyst writes it: whole days in the configured zone, or the last N days. */
export type PeriodSpec =
  | { readonly kind: 'between'; readonly from: string; readonly to: string }
  | { readonly kind: 'last-days'; readonly days: number };

/** A resolved period: instants in ms, `from` included, `to` excluded; null means open. */
export interface TimeRange {
  readonly from: number | null;
  readonly to: number | null;
}

export const ALL_TIME: TimeRange = { from: null, to: null };

const DAY_MS = 86_400_000;

/**
 * `between`: from the start of `from` to the end of `to`, both days whole, in `timeZone`.
 * `last-days`: the N × 24 hours ending at `now` (included). `now` is the latest timestamp in
 * the data unless the caller gives one, so batch results do not drift with the wall clock.
 */
export function resolvePeriod(spec: PeriodSpec | null | undefined, timeZone: string, now: number | null): TimeRange {
  if (!spec) return ALL_TIME;
  if (spec.kind === 'last-days') {
    if (!Number.isInteger(spec.days) || spec.days <= 0) throw new InvalidValueError('period', 'needs a whole number of days above 0', spec.days);
    if (now === null) return ALL_TIME; // no data: nothing to count either way
    return { from: now - spec.days * DAY_MS, to: now + 1 };
  }
  const from = startOfDay(spec.from, timeZone);
  const to = firstMoment(parseDay(spec.to, timeZone).plus({ days: 1 }));
  if (to <= from) throw new InvalidValueError('period', 'ends before it starts', `${spec.from} to ${spec.to}`);
  return { from, to };
}

/** The first instant of the calendar day `day` (YYYY-MM-DD) in `timeZone`: where a period's day starts. */
export function startOfDay(day: string, timeZone: string): number {
  return firstMoment(parseDay(day, timeZone));
}

function parseDay(text: string, timeZone: string): DateTime {
  const day = DateTime.fromISO(text, { zone: timeZone });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || !day.isValid) throw new InvalidValueError('period', 'needs a date as YYYY-MM-DD', text);
  return day.startOf('day');
}

/**
 * The first instant of `day`'s date in its zone. Where the clocks go back at midnight
 * (America/Havana on 2026-11-01) 00:00 happens twice and luxon may give the second; a day runs
 * from its first moment to the next day's first moment, so no hour belongs to no day.
 */
function firstMoment(day: DateTime): number {
  const date = day.toISODate();
  let instant = day.toMillis();
  for (;;) {
    const before = DateTime.fromMillis(instant - 1, { zone: day.zone });
    if (before.toISODate() !== date) return instant;
    const repeated = (before.offset - DateTime.fromMillis(instant, { zone: day.zone }).offset) * 60_000;
    if (repeated <= 0) return instant;
    instant -= repeated;
  }
}

/** Human form of a period, for titles: `2026-03-01 to 2026-05-31`, `last 30 days`. */
export function describePeriod(spec: PeriodSpec | null | undefined): string {
  if (!spec) return 'all time';
  return spec.kind === 'between' ? `${spec.from} to ${spec.to}` : `last ${spec.days} days`;
}
