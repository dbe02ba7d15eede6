import { InvalidValueError } from '@hcdm/core';
import { normalizePhone } from '@hcdm/core';
import { parseTimestamp, type HcdmSettings } from '@hcdm/core';
import type { FieldParser } from './import.types.js';
import { isoInstant } from './iso-instant.js';

/**
 * The field types of the import files (DOMAIN.md "Entities"). CSV gives text; JSON may give
 * numbers too (ids and amounts), which read the same as their text. Empty text, null and an
 * absent field all mean "no value".
 */
function text(raw: unknown, field: string): string {
  if (raw === undefined || raw === null) return '';
  if (typeof raw === 'string') {
    if (raw.length > MAX_TEXT_LENGTH) throw new InvalidValueError(field, `is longer than ${MAX_TEXT_LENGTH} characters`, `${raw.slice(0, 20)}...`);
    return raw.trim();
  }
  if (typeof raw === 'number' && Number.isFinite(raw)) return String(raw);
  throw new InvalidValueError(field, 'is not text or a number', raw);
}

/** DOMAIN.md "Plausible data": no name or title is this long; a longer value is a broken export. */
const MAX_TEXT_LENGTH = 10_000;

function required(raw: unknown, field: string): string {
  const value = text(raw, field);
  if (value === '') throw new InvalidValueError(field, 'is missing', value);
  return value;
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

function nonNegative(value: string, field: string, whole: boolean): number {
  const number = NUMBER.test(value) ? Number(value) : Number.NaN;
  if (Number.isNaN(number)) throw new InvalidValueError(field, whole ? 'is not a whole number' : 'is not a number', value);
  if (number < 0) throw new InvalidValueError(field, 'is negative', value);
  if (whole && !Number.isInteger(number)) throw new InvalidValueError(field, 'is not a whole number', value);
  if (!Number.isFinite(number) || (whole && !Number.isSafeInteger(number))) {
    throw new InvalidValueError(field, 'is too large', value);
  }
  return number;
}

/** An id: non-empty text, as given (a JSON number becomes its text). */
export const idField: FieldParser = {
  sqlType: 'varchar',
  optional: false,
  parse: (raw, field) => required(raw, field),
};

/** An optional id, such as the listing a call came in on. */
export const optionalIdField: FieldParser = {
  sqlType: 'varchar',
  optional: true,
  parse: (raw, field) => text(raw, field) || null,
};

export const textField: FieldParser = idField;

export const optionalTextField: FieldParser = optionalIdField;

/** A whole number >= 0 (seconds, characters). */
export const wholeNumberField: FieldParser = {
  sqlType: 'integer',
  optional: false,
  parse: (raw, field) => nonNegative(required(raw, field), field, true),
};

export const optionalWholeNumberField: FieldParser = {
  sqlType: 'integer',
  optional: true,
  parse: (raw, field) => {
    const value = text(raw, field);
    return value === '' ? null : nonNegative(value, field, true);
  },
};

/** A number >= 0 (a price, in the export's own currency). */
export const amountField: FieldParser = {
  sqlType: 'double precision',
  optional: false,
  parse: (raw, field) => nonNegative(required(raw, field), field, false),
};

/** An ISO 8601 timestamp, stored as epoch milliseconds; no offset means the configured zone. */
export const timestampField: FieldParser = {
  sqlType: 'bigint',
  optional: false,
  parse: (raw, field, settings) => {
    const value = required(raw, field);
    const instant = isoInstant(value, settings.timeZone === 'UTC') ?? parseTimestamp(value, settings.timeZone, field).getTime();
    return plausible(instant, field, value, settings);
  },
};

const DAY_MS = 86_400_000;

/** DOMAIN.md "Plausible data": not more than `futureDays` after the import, not before `earliestYear`. */
function plausible(instant: number, field: string, value: string, settings: HcdmSettings): number {
  if (instant > (settings.importedAt ?? Date.now()) + settings.futureDays * DAY_MS) throw new InvalidValueError(field, 'is in the future', value);
  if (instant < new Date(0).setUTCFullYear(settings.earliestYear, 0, 1)) throw new InvalidValueError(field, `is before ${settings.earliestYear}`, value);
  return instant;
}

/** A phone number, stored as E.164; no country code means the configured region. */
export const phoneField: FieldParser = {
  sqlType: 'varchar',
  optional: false,
  parse: (raw, field, settings) => normalizePhone(required(raw, field), settings.defaultRegion, field),
};

/** One of a few words, case-insensitive; empty means `fallback`. */
export function choiceField(choices: readonly string[], fallback: string): FieldParser {
  return {
    sqlType: 'varchar',
    optional: true,
    parse: (raw, field) => {
      const value = text(raw, field).toLowerCase();
      if (value === '') return fallback;
      if (!choices.includes(value)) throw new InvalidValueError(field, `is not one of ${choices.join(', ')}`, raw);
      return value;
    },
  };
}

/**
 * An instant that bounds a window (a tracking number's valid_from / valid_to): empty means
 * open; not held to "Plausible data", since a window may well end in the future.
 */
export const optionalWindowField: FieldParser = {
  sqlType: 'bigint',
  optional: true,
  parse: (raw, field, settings) => {
    const value = typeof raw === 'string' ? raw.trim() : raw;
    if (value === '' || value === null || value === undefined) return null;
    const text = required(value, field);
    return isoInstant(text, settings.timeZone === 'UTC') ?? parseTimestamp(text, settings.timeZone, field).getTime();
  },
};

/** Spellings of tracking numbers read so far: a business has few, on every call (libphonenumber costs 20 µs a number). */
const TRACKING_SPELLINGS = new Map<string, string>();
const MAX_TRACKING_SPELLINGS = 10_000;

/** A tracking number, stored as E.164 like every phone; empty means none. */
export const optionalTrackingNumberField: FieldParser = {
  sqlType: 'varchar',
  optional: true,
  parse: (raw, field, settings) => {
    const written = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim() : raw;
    if (written === '' || written === null || written === undefined) return null;
    const key = `${settings.defaultRegion} ${String(written)}`;
    const known = TRACKING_SPELLINGS.get(key);
    if (known !== undefined) return known;
    const phone = normalizePhone(required(written, field), settings.defaultRegion, field);
    if (TRACKING_SPELLINGS.size < MAX_TRACKING_SPELLINGS) TRACKING_SPELLINGS.set(key, phone);
    return phone;
  },
};
