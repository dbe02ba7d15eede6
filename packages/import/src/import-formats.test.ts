import { dirname } from 'node:path';
import { describeEachDatabase } from '@hcdm/test-utils';
import { afterEach, expect, it } from 'vitest';
import { BASE_CSV, BASE_OBJECTS, BASE_TABLES } from '@hcdm/test-database';
import { dumpTables, openImportFixture, type ImportFixture } from './import-data.test-utils.js';

let fixture: ImportFixture;
afterEach(async () => {
  if (fixture?.dataSource.isInitialized) await fixture.dataSource.destroy();
});

function asJson(): Record<string, string> {
  return Object.fromEntries(Object.entries(BASE_OBJECTS).map(([kind, rows]) => [`${kind}.json`, JSON.stringify(rows, null, 2)]));
}

function asNdjson(extension: string): Record<string, string> {
  return Object.fromEntries(Object.entries(BASE_OBJECTS).map(([kind, rows]) => [`${kind}.${extension}`, rows.map((row) => JSON.stringify(row)).join('\n')]));
}

describeEachDatabase('importData formats', () => {
  it.each([
    ['CSV', BASE_CSV],
    ['JSON', asJson()],
    ['NDJSON', asNdjson('ndjson')],
    ['JSON Lines', asNdjson('jsonl')],
  ])('gives the same tables from %s', async (_format, files) => {
    fixture = await openImportFixture();
    const summary = await fixture.run([dirname(fixture.write(files)[0]!)]);
    expect(summary.files.map((file) => file.rows)).toEqual([3, 2, 3, 5, 2]);
    expect(await dumpTables(fixture.dataSource)).toEqual(BASE_TABLES);
  });

  it('mixes formats in one import', async () => {
    fixture = await openImportFixture();
    const json = asJson();
    const ndjson = asNdjson('ndjson');
    const files = { 'customers.json': json['customers.json']!, 'listings.csv': BASE_CSV['listings.csv'], 'leads.ndjson': ndjson['leads.ndjson']!, 'calls.csv': BASE_CSV['calls.csv'], 'sms.json': json['sms.json']! };
    await fixture.run([dirname(fixture.write(files)[0]!)]);
    expect(await dumpTables(fixture.dataSource)).toEqual(BASE_TABLES);
  });

  it('accepts numbers as ids in JSON and stores them as text', async () => {
    fixture = await openImportFixture();
    await fixture.run(fixture.write({ 'customers.ndjson': '{"customer_id": 1001, "name": "Numbered", "phone": 9876543210}' }));
    expect((await dumpTables(fixture.dataSource)).customers).toEqual([{ customer_id: '1001', name: 'Numbered', phone: '+919876543210', email: null }]);
  });

  it('reports a bad JSON element at the line of its {, and a missing field as missing', async () => {
    fixture = await openImportFixture();
    const [customers] = fixture.write({
      'customers.json': '[\n  {"customer_id": "C1", "name": "Ann", "phone": "9876543210"},\n  {\n    "customer_id": "C2",\n    "phone": "9876543211"\n  },\n  "C3"\n]',
    });
    const summary = await fixture.run([customers!], { skipInvalid: true });
    expect(summary.problems).toEqual([
      { file: customers, line: 3, field: 'name', reason: 'is missing', value: '' },
      { file: customers, line: 7, field: 'row', reason: 'is not an object', value: '"C3"' },
    ]);
    expect(summary.kinds.customers).toEqual({ inserted: 1, updated: 0, unchanged: 0, rejected: 2 });
  });
}, { citus: true });
