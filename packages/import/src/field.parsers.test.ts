import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@hcdm/core';
import {
  amountField,
  choiceField,
  idField,
  optionalIdField,
  optionalWholeNumberField,
  phoneField,
  timestampField,
  wholeNumberField,
} from './field.parsers.js';
import type { FieldParser } from './import.types.js';
import { messageOf } from './import.test-utils.js';

const IST = { ...DEFAULT_SETTINGS, timeZone: 'Asia/Kolkata' } as const;
const parse = (parser: FieldParser, raw: unknown, field = 'f') => parser.parse(raw, field, DEFAULT_SETTINGS);

describe('idField', () => {
  it('keeps text as given, trimmed, and turns a JSON number into its text', async () => {
    expect([parse(idField, ' C001 '), parse(idField, 17), parse(idField, 2.5)]).toEqual(['C001', '17', '2.5']);
  });

  it('rejects a value longer than 10,000 characters, showing its first 20', async () => {
    expect(parse(idField, 'n'.repeat(10_000))).toBe('n'.repeat(10_000));
    expect(await messageOf(() => parse(optionalIdField, `Priya ${'n'.repeat(10_000)}`, 'name'))).toBe(
      'name: is longer than 10000 characters (Priya nnnnnnnnnnnnnn...)',
    );
  });

  it('rejects an empty, blank, absent or non-text value', async () => {
    expect(await messageOf(() => parse(idField, '', 'call_id'))).toBe('call_id: is missing (empty)');
    expect(await messageOf(() => parse(idField, '   ', 'call_id'))).toBe('call_id: is missing (empty)');
    expect(await messageOf(() => parse(idField, undefined, 'call_id'))).toBe('call_id: is missing (empty)');
    expect(await messageOf(() => parse(idField, true, 'call_id'))).toBe('call_id: is not text or a number (true)');
    expect(await messageOf(() => parse(idField, { a: 1 }, 'call_id'))).toBe('call_id: is not text or a number ({"a":1})');
  });
});

describe('optionalIdField', () => {
  it('reads empty text, null and an absent field as null', async () => {
    expect([parse(optionalIdField, ''), parse(optionalIdField, null), parse(optionalIdField, undefined), parse(optionalIdField, 'P1')]).toEqual([
      null,
      null,
      null,
      'P1',
    ]);
  });
});

describe('wholeNumberField', () => {
  it('reads whole numbers >= 0 from text or JSON numbers', async () => {
    expect([parse(wholeNumberField, '0'), parse(wholeNumberField, ' 120 '), parse(wholeNumberField, 45), parse(wholeNumberField, '30.0')]).toEqual([
      0, 120, 45, 30,
    ]);
  });

  it('says what is wrong with each bad value', async () => {
    expect(await messageOf(() => parse(wholeNumberField, '-5', 'duration'))).toBe('duration: is negative (-5)');
    expect(await messageOf(() => parse(wholeNumberField, -1, 'duration'))).toBe('duration: is negative (-1)');
    expect(await messageOf(() => parse(wholeNumberField, '12.5', 'duration'))).toBe('duration: is not a whole number (12.5)');
    expect(await messageOf(() => parse(wholeNumberField, '2m', 'duration'))).toBe('duration: is not a whole number (2m)');
    expect(await messageOf(() => parse(wholeNumberField, '', 'duration'))).toBe('duration: is missing (empty)');
    expect(await messageOf(() => parse(wholeNumberField, '1e300', 'duration'))).toBe('duration: is too large (1e300)');
  });
});

describe('optionalWholeNumberField', () => {
  it('reads empty as null and checks anything else', async () => {
    expect(parse(optionalWholeNumberField, '')).toBeNull();
    expect(parse(optionalWholeNumberField, '3')).toBe(3);
    expect(await messageOf(() => parse(optionalWholeNumberField, '-2', 'bedrooms'))).toBe('bedrooms: is negative (-2)');
  });
});

describe('amountField', () => {
  it('reads any number >= 0', async () => {
    expect([parse(amountField, '15000000'), parse(amountField, '0.5'), parse(amountField, 99.95)]).toEqual([15000000, 0.5, 99.95]);
  });

  it('rejects negative and non-numeric prices', async () => {
    expect(await messageOf(() => parse(amountField, '-1', 'price'))).toBe('price: is negative (-1)');
    expect(await messageOf(() => parse(amountField, '1,50,000', 'price'))).toBe('price: is not a number (1,50,000)');
  });
});

describe('timestampField', () => {
  it('stores an instant as epoch milliseconds, reading a time without offset in the configured zone', async () => {
    expect(timestampField.parse('2026-03-01T10:00:00+05:30', 'timestamp', DEFAULT_SETTINGS)).toBe(Date.parse('2026-03-01T04:30:00Z'));
    expect(timestampField.parse('2026-03-01 10:00:00', 'timestamp', IST)).toBe(Date.parse('2026-03-01T04:30:00Z'));
  });

  it('rejects an impossible date, with or without an offset', async () => {
    expect(await messageOf(() => parse(timestampField, '2026-02-30T10:00:00Z', 'timestamp'))).toBe(
      'timestamp: is not a real date or time (2026-02-30T10:00:00Z)',
    );
    expect(await messageOf(() => parse(timestampField, '2026-02-30T10:00:00', 'timestamp'))).toBe('timestamp: is not a real date or time (2026-02-30T10:00:00)');
  });
});

describe('timestampField: plausible data', () => {
  const importedAt = Date.parse('2026-06-01T12:00:00Z');
  const at = (settings: Partial<typeof DEFAULT_SETTINGS>) => ({ ...DEFAULT_SETTINGS, importedAt, ...settings });

  it('refuses a time more than a day after the import, and a year before 1900', async () => {
    const settings = at({});
    expect(timestampField.parse('2026-06-02T12:00:00Z', 'timestamp', settings)).toBe(Date.parse('2026-06-02T12:00:00Z'));
    expect(await messageOf(() => timestampField.parse('2026-06-02T12:00:01Z', 'timestamp', settings))).toBe(
      'timestamp: is in the future (2026-06-02T12:00:01Z)',
    );
    expect(await messageOf(() => timestampField.parse('9999-12-31T23:59:59Z', 'timestamp', settings))).toBe(
      'timestamp: is in the future (9999-12-31T23:59:59Z)',
    );
    expect(timestampField.parse('1900-01-01T00:00:00Z', 'timestamp', settings)).toBe(Date.parse('1900-01-01T00:00:00Z'));
    expect(await messageOf(() => timestampField.parse('1899-12-31T23:59:59Z', 'timestamp', settings))).toBe(
      'timestamp: is before 1900 (1899-12-31T23:59:59Z)',
    );
  });

  it('takes wider limits from the settings', () => {
    const settings = at({ futureDays: 3650, earliestYear: 1800 });
    expect(timestampField.parse('2030-01-01T00:00:00Z', 'timestamp', settings)).toBe(Date.parse('2030-01-01T00:00:00Z'));
    expect(timestampField.parse('1850-01-01T00:00:00Z', 'timestamp', settings)).toBe(Date.parse('1850-01-01T00:00:00Z'));
  });
});

describe('phoneField', () => {
  it('stores E.164, with the default region for numbers without a country code', async () => {
    expect([parse(phoneField, '09876543210'), parse(phoneField, '+91 98765 43210')]).toEqual(['+919876543210', '+919876543210']);
  });

  it('rejects a number that is not possible', async () => {
    expect(await messageOf(() => parse(phoneField, '98765', 'phone'))).toBe('phone: is not a possible phone number (default region IN) (98765)');
  });
});

describe('choiceField', () => {
  const direction = choiceField(['inbound', 'outbound'], 'inbound');

  it('is case-insensitive and falls back when empty', async () => {
    expect([parse(direction, 'OutBound'), parse(direction, ''), parse(direction, undefined)]).toEqual(['outbound', 'inbound', 'inbound']);
  });

  it('lists the choices when the value is none of them', async () => {
    expect(await messageOf(() => parse(direction, 'sideways', 'direction'))).toBe('direction: is not one of inbound, outbound (sideways)');
  });
});
