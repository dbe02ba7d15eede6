import { WEEKDAYS } from '@hcdm/analytics';
import { type QueryResult } from '@hcdm/analytics';

/** Counts by weekday (Mon..Sun) and hour (0..23), whatever order the rows came in. */
export type HeatmapGrid = readonly (readonly number[])[];

/** The 7 x 24 grid of a heatmap result's rows `{ weekday, hour, count }`; a missing cell is 0. */
export function heatmapGrid(result: Pick<QueryResult, 'rows'>): HeatmapGrid {
  const grid = WEEKDAYS.map(() => new Array<number>(24).fill(0));
  for (const row of result.rows) {
    const day = grid[WEEKDAYS.indexOf(row.weekday as (typeof WEEKDAYS)[number])];
    if (day && typeof row.hour === 'number' && typeof row.count === 'number') day[row.hour] = row.count;
  }
  return grid;
}

/** The hours as column headers: `00` .. `23`. */
export const HOURS = Array.from({ length: 24 }, (_, hour) => String(hour).padStart(2, '0'));
