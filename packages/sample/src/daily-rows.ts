import { dayOf, type TimeWindow } from './time-window.js';

export interface Timed {
  at: number;
}

export interface DailyRowsInput<R extends Timed> {
  window: TimeWindow;
  /** Rows per day; they add up to the file's row count. */
  quotas: Int32Array;
  /** Rows planned ahead (follow-ups of leads), from {@link placeByDay}. */
  planned: Map<number, R[]>;
  /** One new spontaneous row on `day`. */
  organic: (day: number) => R;
  /** A row that this one causes later (a call back after a missed call), or null. */
  followUp?: (row: R) => R | null;
}

/** Follow-ups may take at most this share of a day's rows, so every day keeps its own traffic. */
const FOLLOW_UP_CAP = 0.5;

function capacity(quotas: Int32Array, day: number): number {
  return Math.floor((quotas[day] ?? 0) * FOLLOW_UP_CAP);
}

/** Puts planned rows on their days, dropping those outside the window or over a day's capacity. */
export function placeByDay<R extends Timed>(rows: Iterable<R>, window: TimeWindow, quotas: Int32Array): Map<number, R[]> {
  const byDay = new Map<number, R[]>();
  for (const row of rows) {
    const day = dayOf(window, row.at);
    const list = byDay.get(day) ?? [];
    if (day < 0 || day >= window.days || list.length >= capacity(quotas, day)) continue;
    list.push(row);
    byDay.set(day, list);
  }
  return byDay;
}

/**
 * Rows in time order, one day in memory at a time (plus the follow-ups waiting for later days),
 * so a million-row file streams in bounded memory. Exactly `quotas[day]` rows come out per day.
 */
export function* dailyRows<R extends Timed>(input: DailyRowsInput<R>): Generator<R> {
  const pending = input.planned;
  for (let day = 0; day < input.window.days; day++) {
    const today = pending.get(day) ?? [];
    pending.delete(day);
    let free = input.quotas[day]! - today.length;
    while (free > 0) {
      const row = input.organic(day);
      today.push(row);
      free--;
      const next = input.followUp?.(row);
      if (!next) continue;
      const nextDay = dayOf(input.window, next.at);
      if (nextDay === day && free > 0) {
        today.push(next);
        free--;
      } else if (nextDay > day && nextDay < input.window.days) {
        const later = pending.get(nextDay) ?? [];
        if (later.length < capacity(input.quotas, nextDay)) later.push(next);
        pending.set(nextDay, later);
      }
    }
    today.sort((a, b) => a.at - b.at);
    yield* today;
  }
}
