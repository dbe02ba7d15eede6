import type { PeriodSpec } from '@hcdm/core';
import { DateTime } from 'luxon';
import { InvalidCommandError } from '../query.errors.js';
import { parseCount } from './count.parser.js';

/** The start of a command that ends with only part of a period (`... from 2026-03-01`, `... in last`). */
export const HALF_PERIOD = / (?:from(?: \S+)?(?: to)?|in last(?: \S+)?)$/i;

export const PERIOD_SHAPE_ERROR = 'a period reads "from YYYY-MM-DD to YYYY-MM-DD" or "in last N days"';

/** The period forms any command may end with, for `help`. */
export const PERIOD_FORMS = [
  {
    usage: '<command> from YYYY-MM-DD to YYYY-MM-DD',
    example: 'show top 5 leads by call volume from 2026-03-01 to 2026-03-31',
    description: 'counts only records in these whole days (both included) in the configured time zone',
  },
  {
    usage: '<command> in last N days',
    example: 'show listings with most sms inquiries in last 30 days',
    description: 'counts only records in the N days up to the latest timestamp in the data',
  },
] as const;

/**
 * The period of a clause `from A to B` or `in last N days` (`days` given), checked: real dates
 * in order, a whole N above 0. `text` is the whole command, for the error.
 */
export function parsePeriodClause(text: string, clause: { from?: string; to?: string; days?: string }): PeriodSpec {
  if (clause.days !== undefined) return { kind: 'last-days', days: parseCount(text, clause.days, 'N days') };
  const fromDay = parseDay(text, 'from', clause.from ?? '');
  const toDay = parseDay(text, 'to', clause.to ?? '');
  if (toDay < fromDay) throw new InvalidCommandError(text, `the period ends before it starts (${clause.from} to ${clause.to})`);
  return { kind: 'between', from: fromDay, to: toDay };
}

/** The period as it is written after a canonical command, with its leading space; '' for none. */
export function formatPeriod(period: PeriodSpec | null): string {
  if (!period) return '';
  return period.kind === 'between' ? ` from ${period.from} to ${period.to}` : ` in last ${period.days} days`;
}

function parseDay(text: string, field: string, value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new InvalidCommandError(text, `${field}: needs a date as YYYY-MM-DD (${value})`);
  if (!DateTime.fromISO(value, { zone: 'UTC' }).isValid) throw new InvalidCommandError(text, `${field}: is not a real date (${value})`);
  return value;
}
