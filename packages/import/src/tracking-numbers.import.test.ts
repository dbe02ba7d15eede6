import { describeEachDatabase } from '@hcdm/test-utils';
import { afterEach, expect, it } from 'vitest';
import { dumpTables, openImportFixture, type ImportFixture } from './import-data.test-utils.js';

let fixture: ImportFixture;
afterEach(async () => {
  if (fixture?.dataSource.isInitialized) await fixture.dataSource.destroy();
});

const CRM = {
  'customers.csv': 'customer_id,name,phone\nC1,Asha Rao,+919800000001\n',
  'listings.csv': 'property_id,title,location,price\nP1,Sea View,Bandra,100\nP2,Hill Top,Pune,80\n',
};
// 1111 serves P1 until 10 March, then P2; 2222 served P2 from 1 to 5 March.
const WINDOWS = [
  'tracking_number,property_id,valid_from,valid_to',
  '+91 22 4000 1111,P1,,2026-03-10T00:00:00Z',
  '022 4000 1111,P2,2026-03-10T00:00:00Z,',
  '+91 22 4000 2222,P2,2026-03-01T00:00:00Z,2026-03-05T00:00:00Z',
].join('\n');
const CALLS = [
  'call_id,customer_id,timestamp,duration,property_id,tracking_number',
  'K1,C1,2026-03-05T10:00:00Z,10,,+912240001111',
  'K2,C1,2026-03-12T10:00:00Z,20,,02240001111',
  'K3,C1,2026-03-06T10:00:00Z,30,,+912240002222', // 2222's window ended on the 5th
  'K4,C1,2026-03-06T10:00:00Z,40,P2,+912240001111', // named its listing: that wins
].join('\n');

type CallRow = { call_id: string; property_id: string | null; tracking_number: string | null; attributed_property_id: string | null };
const tags = (rows: unknown[]) => (rows as CallRow[]).map((row) => [row.call_id, row.property_id, row.tracking_number, row.attributed_property_id]);

describeEachDatabase('tracking numbers', () => {
  it('tag each call with the listing whose window holds its time, an explicit listing winning, and count the untagged', async () => {
    fixture = await openImportFixture();
    const summary = await fixture.run(fixture.write({ ...CRM, 'tracking_numbers.csv': WINDOWS, 'calls.csv': CALLS }));
    expect([summary.kinds.tracking_numbers, summary.untaggedByTrackingNumber]).toEqual([{ inserted: 3, updated: 0, unchanged: 0, rejected: 0 }, 1]);
    const tables = await dumpTables(fixture.dataSource);
    expect(tags(tables.calls!)).toEqual([
      ['K1', 'P1', '+912240001111', 'P1'],
      ['K2', 'P2', '+912240001111', 'P2'],
      ['K3', null, '+912240002222', null],
      ['K4', 'P2', null, 'P2'],
    ]);
  });

  it('imported again, replace the windows of the numbers they name and tag the stored calls again', async () => {
    fixture = await openImportFixture();
    await fixture.run(fixture.write({ ...CRM, 'tracking_numbers.csv': WINDOWS, 'calls.csv': CALLS }));
    const same = await fixture.run(fixture.write({ 'tracking_numbers.csv': WINDOWS }));
    expect(same.kinds.tracking_numbers).toEqual({ inserted: 0, updated: 0, unchanged: 3, rejected: 0 });
    // 2222 now serves P1 from 1 March on, open-ended.
    const moved = await fixture.run(fixture.write({ 'tracking_numbers.csv': 'tracking_number,property_id,valid_from,valid_to\n+912240002222,P1,2026-03-01T00:00:00Z,\n' }));
    expect(moved.kinds.tracking_numbers).toEqual({ inserted: 1, updated: 0, unchanged: 0, rejected: 0 });
    const tables = await dumpTables(fixture.dataSource);
    expect(tags(tables.calls!)).toEqual([
      ['K1', 'P1', '+912240001111', 'P1'],
      ['K2', 'P2', '+912240001111', 'P2'],
      ['K3', 'P1', '+912240002222', 'P1'],
      ['K4', 'P2', null, 'P2'],
    ]);
    const windows = (tables.tracking_numbers ?? (await fixture.dataSource.query('SELECT * FROM tracking_numbers ORDER BY window_id'))) as { window_id: string }[];
    expect(windows.map((row) => row.window_id).sort()).toEqual(['+912240001111@-', `+912240001111@${Date.parse('2026-03-10T00:00:00Z')}`, `+912240002222@${Date.parse('2026-03-01T00:00:00Z')}`]);
  });

  it('refuse windows of one number that overlap, naming the earlier line, and a window that ends before it starts', async () => {
    fixture = await openImportFixture();
    const paths = fixture.write({
      ...CRM,
      'tracking_numbers.csv': [
        'tracking_number,property_id,valid_from,valid_to',
        '+912240001111,P1,2026-03-01T00:00:00Z,2026-03-10T00:00:00Z',
        '+912240001111,P2,2026-03-05T00:00:00Z,',
        '+912240002222,P2,2026-03-05T00:00:00Z,2026-03-01T00:00:00Z',
        '+912240003333,P9,,',
      ].join('\n'),
    });
    const windows = paths[2];
    const summary = await fixture.run(paths, { skipInvalid: true });
    expect(summary.problems).toEqual([
      { file: windows, line: 3, field: 'valid_from', reason: 'overlaps the window of +912240001111 on line 2', value: '2026-03-05T00:00:00.000Z' },
      { file: windows, line: 4, field: 'valid_to', reason: 'is not after valid_from', value: '2026-03-01T00:00:00.000Z' },
      { file: windows, line: 5, field: 'property_id', reason: 'is not a known listing', value: 'P9' },
    ]);
    expect(summary.kinds.tracking_numbers).toEqual({ inserted: 1, updated: 0, unchanged: 0, rejected: 3 });
  });
}, { citus: true });
