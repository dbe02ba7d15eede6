import { describe, expect, it } from 'vitest';
import { parseTimestamp } from '../time.js';
import { isoInstant } from './iso-instant.js';

describe('isoInstant', () => {
  it.each(['2026-03-01T10:00:00Z', '2026-03-01T10:00:00.5+05:30', '2026-03-01T10:00:00.123-03:00', '2024-02-29T23:59:59+14:00', '2026-12-31T00:00:00-00:00'])(
    'reads %s as luxon does',
    (text) => {
      expect(isoInstant(text)).toBe(parseTimestamp(text, 'Asia/Kolkata').getTime());
    },
  );

  it('leaves impossible dates and times to the full parser instead of rolling them over', () => {
    expect(['2026-02-30T10:00:00Z', '2026-02-29T10:00:00Z', '2026-01-01T24:00:00Z', '2026-13-01T00:00:00Z'].map(isoInstant)).toEqual([
      null,
      null,
      null,
      null,
    ]);
  });

  it('leaves every other form to the full parser', () => {
    expect(['2026-03-01T10:00:00', '2026-03-01 10:00:00Z', '2026-03-01', '2026-03-01T10:00:00+15:00', '2026-03-01T10:00Z'].map(isoInstant)).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
  });
});
