import { describe, expect, it } from 'vitest';
import { parseTimestamp } from '@hcdm/core';
import { isoInstant } from './iso-instant.js';

describe('isoInstant', () => {
  it.each(['2026-03-01T10:00:00Z', '2026-03-01T10:00:00.5+05:30', '2026-03-01T10:00:00.123-03:00', '2024-02-29T23:59:59+14:00', '2026-12-31T00:00:00-00:00'])(
    'reads %s as luxon does',
    (text) => {
      expect(isoInstant(text)).toBe(parseTimestamp(text, 'Asia/Kolkata').getTime());
    },
  );

  it('leaves impossible dates and times to the full parser instead of rolling them over', () => {
    expect(['2026-02-30T10:00:00Z', '2026-02-29T10:00:00Z', '2026-01-01T24:00:00Z', '2026-13-01T00:00:00Z'].map((text) => isoInstant(text))).toEqual([
      null,
      null,
      null,
      null,
    ]);
  });

  it('reads text without an offset as UTC when asked, as the full parser does in the UTC zone', () => {
    expect(['2026-03-01T10:00:00', '2026-03-01T10:00:00.25', '2024-02-29T00:00:00'].map((text) => isoInstant(text, true))).toEqual([
      Date.UTC(2026, 2, 1, 10),
      Date.UTC(2026, 2, 1, 10, 0, 0, 250),
      Date.UTC(2024, 1, 29),
    ]);
  });

  it('leaves years before 100 to the full parser (Date.UTC would read 0050 as 1950)', () => {
    expect(isoInstant('0050-01-01T00:00:00Z')).toBe(null);
  });

  it('leaves every other form to the full parser', () => {
    expect(['2026-03-01T10:00:00', '2026-03-01 10:00:00Z', '2026-03-01', '2026-03-01T10:00:00+15:00', '2026-03-01T10:00Z'].map((text) => isoInstant(text))).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
  });
});
