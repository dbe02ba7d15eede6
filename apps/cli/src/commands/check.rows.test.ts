import { describe, expect, it } from 'vitest';
import type { QueryResult } from '@hcdm/analytics';
import { checkedRows } from './check.rows.js';

describe('checkedRows', () => {
  it('counts a bar chart as its bars above 0: a trend lists its empty buckets too', () => {
    const result: QueryResult = {
      command: 'show calls by month',
      title: 'Calls by month',
      shape: 'bars',
      bars: { label: 'bucket', value: 'count' },
      columns: [],
      rows: [
        { bucket: '2026-01', count: 2 },
        { bucket: '2026-02', count: 0 },
        { bucket: '2026-03', count: 1 },
      ],
    };
    expect(checkedRows(result)).toEqual(2);
  });
});
