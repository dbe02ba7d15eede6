import { WEEKDAYS } from '@hcdm/analytics';
import { type QueryResult } from '@hcdm/analytics';
import { heatmapGrid, HOURS } from './heatmap.grid.js';

/** Darker is busier. A cell is two characters wide; an empty one is a dot, to lead the eye along the row. */
const SHADES = [' ·', '░░', '▒▒', '▓▓', '██'] as const;
const LEVELS = SHADES.length - 1;

/**
 * A heatmap as a shaded 7 x 24 grid: weekday rows, hour columns 00..23, each cell two shade
 * characters scaled to the busiest cell (76 columns wide, so it fits 80), then a legend with the
 * counts each shade stands for, the total and the busiest hour.
 */
export function formatHeatmap(result: Pick<QueryResult, 'title' | 'rows'>): string {
  const grid = heatmapGrid(result);
  const max = Math.max(0, ...grid.flat());
  const lines = [`     ${HOURS.join(' ')}`];
  grid.forEach((counts, day) => {
    lines.push(`${WEEKDAYS[day]}  ${counts.map((count) => SHADES[shadeLevel(count, max)]).join(' ')}`);
  });
  const footer = max === 0 ? ['Nothing in this period: every cell is 0.'] : [legend(max), busiest(grid, max)];
  return [...(result.title ? [result.title] : []), ...lines, ...footer].join('\n') + '\n';
}

/** 0 for nothing, else 1..4 by quarters of the maximum, rounded up: any count shows, the maximum is full. */
export function shadeLevel(count: number, max: number): number {
  return count <= 0 || max <= 0 ? 0 : Math.ceil((count * LEVELS) / max);
}

/** `· 0  ░ 1-2  ▒ 3-4  ▓ 5-6  █ 7-8`; a shade no whole count maps to is left out. */
function legend(max: number): string {
  const parts: string[] = [];
  for (let level = 1; level <= LEVELS; level += 1) {
    const low = Math.floor(((level - 1) * max) / LEVELS) + 1;
    const high = Math.floor((level * max) / LEVELS);
    if (low <= high) parts.push(`${SHADES[level]?.[0]} ${low === high ? low : `${low}-${high}`}`);
  }
  return `Legend: · 0  ${parts.join('  ')}`;
}

/** The total and the busiest cell (the first in weekday and hour order on a tie). */
function busiest(grid: readonly (readonly number[])[], max: number): string {
  const total = grid.flat().reduce((sum, count) => sum + count, 0);
  const at = grid.flat().indexOf(max);
  const hour = HOURS[at % 24] ?? '';
  return `Total: ${total}; busiest: ${WEEKDAYS[Math.floor(at / 24)]} ${hour}:00 (${max})`;
}
