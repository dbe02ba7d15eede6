import { describe, expect, it } from 'vitest';
import { trendBuckets } from './trend.buckets.js';

describe('trendBuckets', () => {
  it('labels ISO weeks by their week-numbering year: 2026 has 53 weeks, and 2027-01-01 (a Friday) is in its last', () => {
    // 2026-01-01 is a Thursday, so 2026 has a week 53: Mon 2026-12-28 to Sun 2027-01-03.
    const { buckets } = trendBuckets('2027-01-01', '2027-01-04', 'week', 'UTC');
    expect(buckets.map(({ label, start }) => [label, start])).toEqual([
      ['2026-W53', '2026-12-28'],
      ['2027-W01', '2027-01-04'],
    ]);
  });

  it('starts each bucket at the first moment of its first day in the zone, and ends the last at the next one’s', () => {
    // Kolkata is +05:30: its March 1 starts at Feb 28 18:30Z, its April 1 at Mar 31 18:30Z.
    const { buckets, end } = trendBuckets('2026-02-10', '2026-03-31', 'month', 'Asia/Kolkata');
    expect(buckets).toEqual([
      { label: '2026-02', start: '2026-02-01', from: Date.parse('2026-01-31T18:30:00Z') },
      { label: '2026-03', start: '2026-03-01', from: Date.parse('2026-02-28T18:30:00Z') },
    ]);
    expect(end).toEqual(Date.parse('2026-03-31T18:30:00Z'));
  });

  it('makes the day the clocks go forward in New York 23 hours long', () => {
    // Mar 8 starts at 05:00Z (EST), Mar 9 at 04:00Z (EDT).
    const { buckets, end } = trendBuckets('2026-03-08', '2026-03-08', 'day', 'America/New_York');
    expect([buckets[0]?.from, end]).toEqual([Date.parse('2026-03-08T05:00:00Z'), Date.parse('2026-03-09T04:00:00Z')]);
  });
});
