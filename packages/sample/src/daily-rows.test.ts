import { describe, expect, it } from 'vitest';
import { dailyRows, placeByDay } from './daily-rows.js';
import { DAY_MS, makeWindow } from './time-window.js';

interface TaggedRow {
  at: number;
  tag: string;
}

const window = makeWindow('2026-01-01', 2);
const start = window.startMs;

describe('placeByDay', () => {
  it('drops rows outside the window and beyond half of a day\'s quota', () => {
    const rows = [start + 1, start + 2, start + 3, start + DAY_MS, start - 1, start + 2 * DAY_MS].map((at) => ({ at, tag: '' }));
    const placed = placeByDay(rows, window, Int32Array.from([4, 1]));
    expect(placed).toEqual(new Map([[0, [rows[0], rows[1]]]]));
  });
});

describe('dailyRows', () => {
  it('fills each day to its quota with planned rows, organic rows and their follow-ups, in time order', () => {
    let made = 0;
    // Each new organic row is earlier than the last, so the output order comes from sorting.
    const organic = (day: number): TaggedRow => {
      made++;
      return { at: start + day * DAY_MS + 1000 * (10 - made), tag: `o${made}` };
    };
    const followUp = (row: TaggedRow): TaggedRow | null => {
      if (row.tag === 'o1') return { at: row.at + 1, tag: 'same-day' };
      if (row.tag === 'o2') return { at: row.at + DAY_MS, tag: 'next-day' };
      return null;
    };
    const quotas = Int32Array.from([3, 4]);
    const planned = placeByDay([{ at: start + DAY_MS + 500, tag: 'planned' }], window, quotas);
    const rows = [...dailyRows({ window, quotas, planned, organic, followUp })];
    // Day 0: o1 (9 s), its same-day follow-up (9.001 s), o2 (8 s); o2's follow-up goes to day 1.
    // Day 1: the planned row (0.5 s), o2's follow-up (8 s), and two organic rows to make 4: o3 (7 s), o4 (6 s).
    expect(rows.map((row) => [row.tag, row.at - start])).toEqual([
      ['o2', 8000],
      ['o1', 9000],
      ['same-day', 9001],
      ['planned', DAY_MS + 500],
      ['o4', DAY_MS + 6000],
      ['o3', DAY_MS + 7000],
      ['next-day', DAY_MS + 8000],
    ]);
  });
});
