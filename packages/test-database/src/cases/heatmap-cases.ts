import type { Fixture } from '../test-database.js';

/**
 * Calls and SMS whose cells are worked out by hand, zone by zone. 2026-03-02 is a Monday;
 * New York moves from EST (-05:00) to EDT (-04:00) at 07:00Z on Sunday 2026-03-08.
 *
 * call | UTC          | Asia/Kolkata (+05:30) | Asia/Kathmandu (+05:45) | America/New_York
 * H1   | Mon 20:00    | Tue 01:30             | Tue 01:45               | Mon 15:00
 * H2   | Mon 20:40    | Tue 02:10             | Tue 02:25               | Mon 15:40
 * H3   | Mon 18:14    | Mon 23:44             | Mon 23:59               | Mon 13:14
 * H4   | Mon 18:15    | Mon 23:45             | Tue 00:00               | Mon 13:15
 * H5   | Sun 06:30    | Sun 12:00             | Sun 12:15               | Sun 01:30 EST
 * H6   | Sun 07:30    | Sun 13:00             | Sun 13:15               | Sun 03:30 EDT
 * H7   | Sun 23:45    | Mon 05:15             | Mon 05:30               | Sun 19:45 EDT
 *
 * SMS (UTC): M1 Tue 10:00, M2 Tue 10:59, M3 Wed 00:00.
 */
export const HEATMAP_CASES: Fixture = {
  customers: [['C1', 'Asha Rao', '+919800000001']],
  calls: [
    ['H1', 'C1', '2026-03-02T20:00:00Z', 60],
    ['H2', 'C1', '2026-03-02T20:40:00Z', 60],
    ['H3', 'C1', '2026-03-02T18:14:00Z', 60],
    ['H4', 'C1', '2026-03-02T18:15:00Z', 60],
    ['H5', 'C1', '2026-03-08T06:30:00Z', 60],
    ['H6', 'C1', '2026-03-08T07:30:00Z', 60],
    ['H7', 'C1', '2026-03-08T23:45:00Z', 60],
  ],
  sms: [
    ['M1', 'C1', '2026-03-03T10:00:00Z'],
    ['M2', 'C1', '2026-03-03T10:59:00Z'],
    ['M3', 'C1', '2026-03-04T00:00:00Z'],
  ],
};

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** All 168 cells, Monday 0:00 first, with the counts given as `'Tue 1': 2` and zeros elsewhere. */
export function grid(counts: Record<string, number>): { weekday: string; hour: number; count: number }[] {
  return DAYS.flatMap((weekday) => Array.from({ length: 24 }, (_, hour) => ({ weekday, hour, count: counts[`${weekday} ${hour}`] ?? 0 })));
}
