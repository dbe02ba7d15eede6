import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { QueryResult } from '@hcdm/analytics';
import { drawBar } from './bars.format.js';
import { parseMarkdown } from './markdown.test-utils.js';
import { formatResult } from './result.format.js';

const WEEKS: QueryResult = {
  command: 'show calls by week',
  title: 'Calls by week',
  shape: 'bars',
  bars: { label: 'bucket', value: 'count' },
  columns: [
    { key: 'bucket', header: 'Week', align: 'left' },
    { key: 'count', header: 'Calls', align: 'right' },
  ],
  rows: [
    { bucket: '2026-W01', start: '2025-12-29', count: 8 },
    { bucket: '2026-W02', start: '2026-01-05', count: 3 },
    { bucket: '2026-W03', start: '2026-01-12', count: 0 },
    { bucket: '2026-W04', start: '2026-01-19', count: 1 },
  ],
};

// In 40 columns: the label column is 8 wide ("2026-W01"), the value column 5 ("Calls"), with a
// gap of 2 after the label and before the value, so the bar has 40 - 8 - 2 - 2 - 5 = 23 cells.
describe('formatResult of a bar chart as table', () => {
  it('draws blocks in eighths: the largest fills the 23 cells, a zero draws nothing', () => {
    // In eighths the largest (8) is 23 * 8 = 184; 3 is 3/8 of 184 = 69 = 8 cells and 5 eighths (▋);
    // 1 is 184 / 8 = 23 = 2 cells and 7 eighths (▉).
    expect(formatResult(WEEKS, 'table', 40, 'blocks')).toEqual(
      [
        'Calls by week',
        `Week${' '.repeat(31)}Calls`,
        `2026-W01  ${'█'.repeat(23)}      8`,
        `2026-W02  ${'█'.repeat(8)}▋${' '.repeat(14)}      3`,
        `2026-W03  ${' '.repeat(23)}      0`,
        `2026-W04  ██▉${' '.repeat(20)}      1`,
        '',
      ].join('\n'),
    );
  });

  it('draws whole # cells in ASCII, rounded to the nearest', () => {
    // 3/8 of 23 is 8.625, so 9 cells; 1/8 of 23 is 2.875, so 3.
    expect(formatResult(WEEKS, 'table', 40, 'ascii').split('\n').slice(2, 6)).toEqual([
      `2026-W01  ${'#'.repeat(23)}      8`,
      `2026-W02  ${'#'.repeat(9)}${' '.repeat(14)}      3`,
      `2026-W03  ${' '.repeat(23)}      0`,
      `2026-W04  ###${' '.repeat(20)}      1`,
    ]);
  });

  it('is ASCII unless told it draws on a terminal', () => {
    expect(formatResult(WEEKS, 'table', 40)).toEqual(formatResult(WEEKS, 'table', 40, 'ascii'));
  });

  it('fills the width it is given: the largest bar ends the line at 80 columns', () => {
    const lines = formatResult(WEEKS, 'table', 80, 'blocks').split('\n');
    // 80 - 8 - 2 - 2 - 5 = 63 cells of bar.
    expect(lines[2]).toEqual(`2026-W01  ${'█'.repeat(63)}      8`);
    expect([...(lines[2] ?? '')].length).toEqual(80);
  });

  it('puts the row’s other columns after the value, each as wide as its widest cell', () => {
    const result: QueryResult = {
      ...WEEKS,
      columns: [...WEEKS.columns, { key: 'share', header: 'Share', align: 'right' }],
      rows: [
        { bucket: 'new', count: 4, share: '100%' },
        { bucket: 'visited', count: 2, share: '50%' },
      ],
    };
    // Label 7 ("visited"), value 5, share 5: the bar has 40 - 7 - 2 - (2 + 5) - (2 + 5) = 17 cells;
    // 2 of 4 is half of 17 * 8 = 136 eighths, 68 = 8 cells and 4 eighths (▌).
    expect(formatResult(result, 'table', 40, 'blocks')).toEqual(
      [
        'Calls by week',
        `Week${' '.repeat(24)}Calls  Share`,
        `new      ${'█'.repeat(17)}      4   100%`,
        `visited  ${'█'.repeat(8)}▌${' '.repeat(8)}      2    50%`,
        '',
      ].join('\n'),
    );
  });

  it('draws the rows as a table when the bar would be narrower than 10 cells', () => {
    // In 26 columns the bar would have 26 - 17 = 9.
    expect(formatResult(WEEKS, 'table', 26, 'blocks')).toEqual(
      [
        'Calls by week',
        '+----------+-------+',
        '| Week     | Calls |',
        '+----------+-------+',
        '| 2026-W01 |     8 |',
        '| 2026-W02 |     3 |',
        '| 2026-W03 |     0 |',
        '| 2026-W04 |     1 |',
        '+----------+-------+',
        '',
      ].join('\n'),
    );
  });

  it('says so when there are no rows, and draws no bars when every value is 0', () => {
    expect(formatResult({ ...WEEKS, rows: [] }, 'table', 40, 'blocks')).toEqual('Calls by week\n(no rows)\n');
    const zeros = formatResult({ ...WEEKS, rows: [{ bucket: '2026-W01', count: 0 }] }, 'table', 40, 'blocks');
    expect(zeros.split('\n')[2]).toEqual(`2026-W01${' '.repeat(31)}0`);
  });
});

describe('drawBar', () => {
  it('shows any value above 0 as at least the smallest mark', () => {
    // 1 of 1000 in 23 cells is 0.184 eighths, rounded to 0: drawn as one eighth all the same.
    expect(drawBar(1, 1000, 23, 'blocks')).toEqual('▏');
    expect(drawBar(1, 1000, 23, 'ascii')).toEqual('#');
  });

  it('draws nothing for 0 or a negative value', () => {
    expect(drawBar(0, 5, 10, 'blocks')).toEqual('');
    expect(drawBar(-2, 5, 10, 'ascii')).toEqual('');
  });

  it('rounds to the nearest eighth', () => {
    // 1 of 3 in 10 cells: 80 / 3 = 26.67 eighths, so 27 = 3 cells and 3 eighths (▍).
    expect(drawBar(1, 3, 10, 'blocks')).toEqual('███▍');
  });
});

describe('formatResult of a bar chart in the other formats', () => {
  it('prints the rows as a list: JSON, NDJSON, CSV (keys of the rows beyond the columns too) and Markdown', () => {
    expect(JSON.parse(formatResult(WEEKS, 'json'))).toEqual(WEEKS.rows);
    expect(formatResult(WEEKS, 'ndjson').split('\n')[0]).toEqual('{"bucket":"2026-W01","start":"2025-12-29","count":8}');
    expect(parse(formatResult(WEEKS, 'csv'))).toEqual([
      ['bucket', 'start', 'count'],
      ['2026-W01', '2025-12-29', '8'],
      ['2026-W02', '2026-01-05', '3'],
      ['2026-W03', '2026-01-12', '0'],
      ['2026-W04', '2026-01-19', '1'],
    ]);
    expect(parseMarkdown(formatResult(WEEKS, 'md'))).toEqual({
      headings: ['## Calls by week'],
      tables: [
        {
          align: [null, 'right'],
          header: ['Week', 'Calls'],
          rows: [
            ['2026-W01', '8'],
            ['2026-W02', '3'],
            ['2026-W03', '0'],
            ['2026-W04', '1'],
          ],
        },
      ],
      others: [],
    });
  });
});
