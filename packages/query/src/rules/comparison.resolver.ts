import { describePeriod, resolvePeriod, type PeriodSpec, type TimeRange } from '@hcdm/core';
import { DateTime } from 'luxon';
import type { RuleContext } from './rule.types.js';

const DAY_MS = 86_400_000;

/** The period a comparison compares with: as long as the command's, just before it. */
export interface PreviousPeriod {
  readonly range: TimeRange;
  /** "now" moved back as far as the period was, for what is measured from now (score recency). */
  readonly now: number | null;
  /** For titles: `the 30 days before`, `2026-01-29 to 2026-02-28`. */
  readonly label: string;
}

/**
 * The previous equal-length period of `period` (whose instants are `current`): for `in last N
 * days`, the N days before them (ending where they begin, so no instant is in both); for `from A
 * to B`, as many whole days (in the configured zone) ending the day before A. "now" moves back
 * by the same length, so the previous figures are what the command said one period ago.
 */
export async function previousPeriod(period: PeriodSpec, current: TimeRange, context: RuleContext): Promise<PreviousPeriod> {
  const now = await context.now();
  if (period.kind === 'last-days') {
    const length = period.days * DAY_MS;
    const range = current.from === null ? current : { from: current.from - length, to: current.from };
    return { range, now: now === null ? null : now - length, label: `the ${period.days} days before` };
  }
  const from = DateTime.fromISO(period.from, { zone: 'UTC' });
  const days = DateTime.fromISO(period.to, { zone: 'UTC' }).diff(from, 'days').days + 1;
  const before: PeriodSpec = {
    kind: 'between',
    from: from.minus({ days }).toISODate() ?? period.from,
    to: from.minus({ days: 1 }).toISODate() ?? period.from,
  };
  const range = resolvePeriod(before, context.settings.timeZone, now);
  const shift = (current.from ?? 0) - (range.from ?? 0);
  return { range, now: now === null ? null : now - shift, label: describePeriod(before) };
}
