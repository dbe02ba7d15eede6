import { describe, expect, it } from 'vitest';
import { resultToJson } from './query-result.json.js';
import type { QueryResult } from './query-result.types.js';

const COLUMNS = [{ key: 'leadId', header: 'Lead ID', align: 'left' as const }];
const base = { command: 'c', title: 't', columns: COLUMNS };

describe('resultToJson', () => {
  it('a list or a heatmap is its rows, even when there are none', () => {
    const rows = [{ leadId: 'L1' }, { leadId: 'L2' }];
    expect(resultToJson({ ...base, shape: 'list', rows })).toEqual([{ leadId: 'L1' }, { leadId: 'L2' }]);
    expect(resultToJson({ ...base, shape: 'list', rows: [] })).toEqual([]);
    expect(resultToJson({ ...base, shape: 'heatmap', rows: [{ weekday: 'Mon', hour: 0, count: 3 }] })).toEqual([{ weekday: 'Mon', hour: 0, count: 3 }]);
  });

  it('a bar chart is its rows, as a list is', () => {
    const rows = [{ bucket: '2026-W05', count: 4 }, { bucket: '2026-W06', count: 0 }];
    expect(resultToJson({ ...base, shape: 'bars', bars: { label: 'bucket', value: 'count' }, rows })).toEqual([
      { bucket: '2026-W05', count: 4 },
      { bucket: '2026-W06', count: 0 },
    ]);
  });

  it('a summary is its one row', () => {
    expect(resultToJson({ ...base, shape: 'summary', rows: [{ calls: 12, sms: 8 }] })).toEqual({ calls: 12, sms: 8 });
  });

  it('sections are one object keyed by section name, nested sections too', () => {
    const summary: QueryResult = { ...base, shape: 'summary', rows: [{ calls: 1 }] };
    const leads: QueryResult = { ...base, shape: 'list', rows: [{ leadId: 'L1' }] };
    const inner: QueryResult = { ...base, shape: 'sections', rows: [], columns: [], sections: [{ name: 'leads', result: leads }] };
    const result: QueryResult = {
      ...base,
      shape: 'sections',
      columns: [],
      rows: [],
      sections: [
        { name: 'summary', result: summary },
        { name: 'more', result: inner },
      ],
    };
    expect(resultToJson(result)).toEqual({ summary: { calls: 1 }, more: { leads: [{ leadId: 'L1' }] } });
  });
});
