import { describe, expect, it } from 'vitest';
import type { QueryResult } from '@hcdm/analytics';
import { parseMarkdown } from './markdown.test-utils.js';
import { formatResult } from './result.format.js';

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** A heatmap result as the library returns it (168 cells, zeros included), here in reverse: order does not matter. */
function heatmap(counts: Record<string, number>): QueryResult {
  const rows = DAYS.flatMap((weekday) => Array.from({ length: 24 }, (_, hour) => ({ weekday, hour, count: counts[`${weekday} ${hour}`] ?? 0 })));
  return {
    command: 'show call heatmap in UTC',
    title: 'Calls by weekday and hour in UTC (all time)',
    shape: 'heatmap',
    columns: [
      { key: 'weekday', header: 'Weekday', align: 'left' },
      { key: 'hour', header: 'Hour', align: 'right' },
      { key: 'count', header: 'Count', align: 'right' },
    ],
    rows: rows.reverse(),
  };
}

const HEADER = '     00 01 02 03 04 05 06 07 08 09 10 11 12 13 14 15 16 17 18 19 20 21 22 23';
const quiet = (day: string) => `${day}   ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·`;

describe('formatResult of a heatmap as table', () => {
  it('draws weekday rows and hour columns, shaded by quarters of the busiest cell, with a legend', () => {
    // Max 8: a count c takes shade ceil(4c / 8), so 1-2 ░, 3-4 ▒, 5-6 ▓, 7-8 █.
    const result = heatmap({ 'Mon 9': 8, 'Mon 10': 1, 'Tue 0': 3, 'Wed 23': 5, 'Sun 12': 7 });
    expect(formatResult(result, 'table')).toEqual(
      [
        'Calls by weekday and hour in UTC (all time)',
        HEADER,
        'Mon   ·  ·  ·  ·  ·  ·  ·  ·  · ██ ░░  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·',
        'Tue  ▒▒  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·',
        'Wed   ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  · ▓▓',
        quiet('Thu'),
        quiet('Fri'),
        quiet('Sat'),
        'Sun   ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  · ██  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·',
        'Legend: · 0  ░ 1-2  ▒ 3-4  ▓ 5-6  █ 7-8',
        'Total: 24; busiest: Mon 09:00 (8)',
        '',
      ].join('\n'),
    );
  });

  it('fits 80 columns', () => {
    const lines = formatResult(heatmap({ 'Sun 23': 123456 }), 'table').split('\n');
    expect(Math.max(...lines.map((line) => [...line].length))).toEqual(76);
  });

  it('leaves out of the legend a shade no whole count reaches, and takes the first busiest cell on a tie', () => {
    // Max 3: 1 is ceil(4/3) = 2 ▒, 2 is ceil(8/3) = 3 ▓, 3 is █; no count gives ░.
    const lines = formatResult(heatmap({ 'Fri 5': 3, 'Mon 6': 3, 'Thu 1': 2, 'Thu 2': 1 }), 'table').split('\n');
    expect(lines[5]).toEqual('Thu   · ▓▓ ▒▒  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·');
    expect(lines.slice(-3)).toEqual(['Legend: · 0  ▒ 1  ▓ 2  █ 3', 'Total: 9; busiest: Mon 06:00 (3)', '']);
  });

  it('says so when every cell is 0', () => {
    const lines = formatResult(heatmap({}), 'table').split('\n');
    expect(lines.slice(2, 9)).toEqual(DAYS.map(quiet));
    expect(lines.slice(9)).toEqual(['Nothing in this period: every cell is 0.', '']);
  });
});

describe('formatResult of a heatmap in the other formats', () => {
  const result = heatmap({ 'Mon 9': 8, 'Sun 23': 2 });

  it('prints the 168 rows in JSON, NDJSON and CSV', () => {
    const json = JSON.parse(formatResult(result, 'json')) as { weekday: string; hour: number; count: number }[];
    expect(json.length).toEqual(168);
    expect(json.filter((cell) => cell.count > 0)).toEqual([
      { weekday: 'Sun', hour: 23, count: 2 },
      { weekday: 'Mon', hour: 9, count: 8 },
    ]);
    expect(formatResult(result, 'ndjson').split('\n').slice(0, 2)).toEqual(['{"weekday":"Sun","hour":23,"count":2}', '{"weekday":"Sun","hour":22,"count":0}']);
    expect(formatResult(result, 'csv').split('\n').slice(0, 3)).toEqual(['weekday,hour,count', 'Sun,23,2', 'Sun,22,0']);
  });

  it('prints the counts as a 7 x 24 Markdown table', () => {
    const zeros = (n: number) => Array.from({ length: n }, () => '0');
    expect(parseMarkdown(formatResult(result, 'md'))).toEqual({
      headings: ['## Calls by weekday and hour in UTC (all time)'],
      tables: [
        {
          align: [null, ...Array.from({ length: 24 }, () => 'right')],
          header: ['Weekday', ...Array.from({ length: 24 }, (_, hour) => String(hour).padStart(2, '0'))],
          rows: [
            ['Mon', ...zeros(9), '8', ...zeros(14)],
            ...['Tue', 'Wed', 'Thu', 'Fri', 'Sat'].map((day) => [day, ...zeros(24)]),
            ['Sun', ...zeros(23), '2'],
          ],
        },
      ],
      others: [],
    });
  });
});
