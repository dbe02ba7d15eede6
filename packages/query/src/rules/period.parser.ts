import type { PeriodSpec } from '@hcdm/core';
import { DateTime } from 'luxon';
import { InvalidCommandError } from '../query.errors.js';
import { parseCount } from './count.parser.js';

export interface PeriodSplit {
  /** The command without its period. */
  readonly body: string;
  readonly period: PeriodSpec | null;
}

const PERIOD = / (?:from (\S+) to (\S+)|in last (\S+) days?)$/i;
const HALF_PERIOD = / (?:from(?: \S+)?(?: to)?|in last(?: \S+)?)$/i;

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

/** Splits `... from A to B` / `... in last N days` off a command (spaces already collapsed). */
export function splitPeriod(text: string): PeriodSplit {
  const match = PERIOD.exec(text);
  if (!match) {
    if (HALF_PERIOD.test(text)) throw new InvalidCommandError(text, 'a period reads "from YYYY-MM-DD to YYYY-MM-DD" or "in last N days"');
    return { body: text, period: null };
  }
  const body = text.slice(0, match.index);
  const [, from, to, days] = match;
  if (days !== undefined) return { body, period: { kind: 'last-days', days: parseCount(text, days, 'N days') } };
  const fromDay = parseDay(text, 'from', from ?? '');
  const toDay = parseDay(text, 'to', to ?? '');
  if (toDay < fromDay) throw new InvalidCommandError(text, `the period ends before it starts (${from} to ${to})`);
  return { body, period: { kind: 'between', from: fromDay, to: toDay } };
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
