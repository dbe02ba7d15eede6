import { describeEachDatabase } from '@hcdm/test-utils';
import { afterEach, expect, it } from 'vitest';
import type { ImportProgress } from './import.types.js';
import { NO_COUNTS, openImportFixture, type ImportFixture } from './import-data.test-utils.js';

let fixture: ImportFixture;
afterEach(async () => {
  if (fixture?.dataSource.isInitialized) await fixture.dataSource.destroy();
});

/** 5000 calls of C1, K1 to K5000; the 4500th (line 4501) has a duration that is no number. */
function callsWithOneBadRow(): string {
  const lines = ['call_id,customer_id,timestamp,duration'];
  for (let n = 1; n <= 5000; n += 1) lines.push(`K${n},C1,2026-03-02T00:00:00Z,${n === 4500 ? 'ten' : 10}`);
  return `${lines.join('\n')}\n`;
}

describeEachDatabase('the direct load into an empty table', () => {
  it('leaves a bad row out and goes on, reading the file once (the same on both engines)', async () => {
    fixture = await openImportFixture();
    const [customers, calls] = fixture.write({ 'customers.csv': 'customer_id,name,phone\nC1,Priya,9876543210\n', 'calls.csv': callsWithOneBadRow() });
    const progress: ImportProgress[] = [];
    const summary = await fixture.run([customers!, calls!], { skipInvalid: true, onProgress: (event) => progress.push(event) });
    expect(summary.kinds).toEqual({ ...NO_COUNTS, customers: { inserted: 1, updated: 0, unchanged: 0, rejected: 0 }, calls: { inserted: 4999, updated: 0, unchanged: 0, rejected: 1 } });
    expect(summary.problems).toEqual([{ file: calls, line: 4501, field: 'duration', reason: 'is not a whole number', value: 'ten' }]);
    // Several batches, and the rows read never start again: no second reading by the staged import.
    const callRows = progress.filter((event) => event.kind === 'calls').map((event) => event.rows);
    expect(callRows.length).toBeGreaterThan(2);
    expect(callRows.every((rows, index) => index === 0 || rows >= callRows[index - 1]!)).toBe(true);
    expect(callRows.at(-1)).toBe(5000);
  });
}, { citus: true });
