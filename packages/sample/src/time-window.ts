import type { Random } from './random.js';
import { cumulativeWeights, pickIndex } from './weighted.js';

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;
/** India Standard Time has no daylight saving: one fixed offset. */
const IST_OFFSET_MS = 5.5 * HOUR_MS;

/** The days the sample covers; day 0 starts at midnight IST of `from`. */
export interface TimeWindow {
  readonly startMs: number;
  readonly days: number;
  readonly endMs: number;
}

/** `from` is a calendar date (`2026-01-01`); the caller has validated it. */
export function makeWindow(from: string, days: number): TimeWindow {
  const [year, month, day] = from.split('-').map(Number) as [number, number, number];
  const startMs = Date.UTC(year, month - 1, day) - IST_OFFSET_MS;
  return { startMs, days, endMs: startMs + days * DAY_MS };
}

/** The day index of an instant (may be outside 0..days-1). */
export function dayOf(window: TimeWindow, instantMs: number): number {
  return Math.floor((instantMs - window.startMs) / DAY_MS);
}

/** Fewer calls on Sundays, a few fewer on Saturdays: offices and site visits follow the week. */
export function weekdayFactor(window: TimeWindow, day: number): number {
  const weekday = new Date(window.startMs + day * DAY_MS + IST_OFFSET_MS).getUTCDay();
  return weekday === 0 ? 0.6 : weekday === 6 ? 0.85 : 1;
}

/** Relative activity per IST hour: about 90% between 09:00 and 21:00, peaks late morning and evening. */
const HOUR_WEIGHTS = [
  0.3, 0.2, 0.1, 0.1, 0.1, 0.2, 0.5, 1, 2, 5, 8, 9, 9, 8, 7, 8, 9, 9, 8, 7, 5, 3, 1.5, 0.8,
];
const HOUR_SUMS = cumulativeWeights(HOUR_WEIGHTS);

/** An instant on `day`, at a business-hours-heavy time of day, to the second. */
export function randomInstantOnDay(random: Random, window: TimeWindow, day: number): number {
  const hour = pickIndex(random, HOUR_SUMS);
  const second = Math.floor(random() * 3600);
  return window.startMs + day * DAY_MS + hour * HOUR_MS + second * 1000;
}

/**
 * ISO 8601 to the second. With an offset it is IST wall-clock time and `+05:30`, as the CRM
 * exports write it; without one it is the UTC wall-clock time, so hcdm's default time zone
 * (UTC) reads it as the same instant.
 */
export function formatTimestamp(instantMs: number, withOffset: boolean): string {
  return withOffset ? `${wallClock(instantMs + IST_OFFSET_MS)}+05:30` : wallClock(instantMs);
}

const TWO_DIGITS = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, '0'));
/** The date part of the last day formatted: rows come in time order, so it is nearly always a hit. */
let cachedDay = Number.NaN;
let cachedDate = '';

/** `YYYY-MM-DDTHH:MM:SS` of a wall-clock time given as ms; toISOString once per day, not per row. */
function wallClock(wallMs: number): string {
  const day = Math.floor(wallMs / DAY_MS);
  if (day !== cachedDay) {
    cachedDay = day;
    cachedDate = new Date(day * DAY_MS).toISOString().slice(0, 11);
  }
  const seconds = Math.floor((wallMs - day * DAY_MS) / 1000);
  const hh = TWO_DIGITS[Math.floor(seconds / 3600)]!;
  return `${cachedDate}${hh}:${TWO_DIGITS[Math.floor(seconds / 60) % 60]!}:${TWO_DIGITS[seconds % 60]!}`;
}
