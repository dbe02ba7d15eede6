import { DateTime } from 'luxon';
import { InvalidValueError } from './core.errors.js';

/**
 * Reads an ISO 8601 timestamp as an instant. Text without an offset is read in `timeZone`
 * (not the machine's zone), so the same export means the same thing on every machine.
 * A space instead of `T` is accepted, as spreadsheets write it.
 */
export function parseTimestamp(raw: string, timeZone: string, field = 'timestamp'): Date {
  const text = raw.trim();
  if (text === '') throw new InvalidValueError(field, 'is missing', raw);
  let parsed = DateTime.fromISO(text, { zone: timeZone });
  if (!parsed.isValid) parsed = DateTime.fromSQL(text, { zone: timeZone });
  if (!parsed.isValid) {
    const reason = /^\d{4}-\d{2}-\d{2}/.test(text) ? 'is not a real date or time' : 'is not an ISO 8601 timestamp';
    throw new InvalidValueError(field, reason, raw);
  }
  return parsed.toJSDate();
}

/** Shows an instant in ISO form in `timeZone`, with its offset (`2026-03-01T09:30:00.000+05:30`). */
export function formatInstant(instant: Date | number, timeZone = 'UTC'): string {
  const dt = DateTime.fromMillis(typeof instant === 'number' ? instant : instant.getTime(), { zone: timeZone });
  const iso = timeZone === 'UTC' ? dt.toUTC().toISO() : dt.toISO();
  return iso ?? new Date(dt.toMillis()).toISOString();
}

/** True when `timeZone` is an IANA zone luxon knows. */
export function isValidTimeZone(timeZone: string): boolean {
  return DateTime.now().setZone(timeZone).isValid;
}
