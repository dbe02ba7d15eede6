import { describe, expect, it } from 'vitest';
import { dayOf, formatTimestamp, makeWindow, weekdayFactor } from './time-window.js';

describe('makeWindow', () => {
  it('starts at midnight IST of the first day and spans whole days', () => {
    expect(makeWindow('2026-01-01', 180)).toEqual({
      startMs: Date.parse('2025-12-31T18:30:00Z'),
      days: 180,
      endMs: Date.parse('2026-06-29T18:30:00Z'),
    });
  });

  it('numbers days from 0 at the start', () => {
    const window = makeWindow('2026-01-01', 3);
    expect([window.startMs - 1, window.startMs, Date.parse('2026-01-02T23:59:59+05:30')].map((t) => dayOf(window, t))).toEqual([-1, 0, 1]);
  });
});

describe('weekdayFactor', () => {
  it('is lower on Saturday and lowest on Sunday (IST days)', () => {
    // 2026-01-01 is a Thursday.
    const window = makeWindow('2026-01-01', 7);
    expect([0, 1, 2, 3, 4].map((day) => weekdayFactor(window, day))).toEqual([1, 1, 0.85, 0.6, 1]);
  });
});

describe('formatTimestamp', () => {
  it('writes IST wall-clock time with +05:30, or UTC wall-clock time without an offset', () => {
    const instants = ['2026-01-01T03:30:05Z', '2025-12-31T20:00:00Z', '2026-01-01T03:30:05Z', '2026-03-15T18:29:59Z'];
    expect(instants.map((text) => formatTimestamp(Date.parse(text), true))).toEqual([
      '2026-01-01T09:00:05+05:30',
      '2026-01-01T01:30:00+05:30',
      '2026-01-01T09:00:05+05:30',
      '2026-03-15T23:59:59+05:30',
    ]);
    expect(instants.map((text) => formatTimestamp(Date.parse(text), false))).toEqual([
      '2026-01-01T03:30:05',
      '2025-12-31T20:00:00',
      '2026-01-01T03:30:05',
      '2026-03-15T18:29:59',
    ]);
  });
});
