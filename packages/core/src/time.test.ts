import { describe, expect, it } from 'vitest';
import { formatInstant, parseTimestamp } from './time.js';

describe('parseTimestamp', () => {
  it('keeps an explicit offset', () => {
    expect(parseTimestamp('2026-03-01T10:00:00+05:30', 'UTC').toISOString()).toBe('2026-03-01T04:30:00.000Z');
  });

  it('reads a time without offset in the configured zone, not the machine zone', () => {
    expect(parseTimestamp('2026-03-01T10:00:00', 'UTC').toISOString()).toBe('2026-03-01T10:00:00.000Z');
    expect(parseTimestamp('2026-03-01T10:00:00', 'Asia/Kolkata').toISOString()).toBe('2026-03-01T04:30:00.000Z');
  });

  it('accepts a space instead of T and a bare date', () => {
    expect(parseTimestamp('2026-03-01 10:00:00', 'UTC').toISOString()).toBe('2026-03-01T10:00:00.000Z');
    expect(parseTimestamp('2026-03-01', 'UTC').toISOString()).toBe('2026-03-01T00:00:00.000Z');
  });

  it('rejects an impossible date', () => {
    expect(() => parseTimestamp('2026-02-30T10:00:00', 'UTC')).toThrow('timestamp: is not a real date or time (2026-02-30T10:00:00)');
  });

  it('rejects text that is not a timestamp', () => {
    expect(() => parseTimestamp('yesterday', 'UTC')).toThrow('timestamp: is not an ISO 8601 timestamp (yesterday)');
  });
});

describe('formatInstant', () => {
  it('shows UTC with Z and other zones with their offset', () => {
    const instant = new Date('2026-03-01T20:00:00Z');
    expect(formatInstant(instant)).toBe('2026-03-01T20:00:00.000Z');
    expect(formatInstant(instant, 'Asia/Kolkata')).toBe('2026-03-02T01:30:00.000+05:30');
  });
});
