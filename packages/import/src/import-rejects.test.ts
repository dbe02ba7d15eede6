import { dirname, join } from 'node:path';
import { ImportRejectedError } from './import.errors.js';
import { describeEachDatabase } from '@hcdm/test-utils';
import { afterEach, expect, it } from 'vitest';
import { BASE_CSV } from '@hcdm/test-database';
import { dumpTables, openImportFixture, type ImportFixture } from './import-data.test-utils.js';

let fixture: ImportFixture;
afterEach(async () => {
  if (fixture?.dataSource.isInitialized) await fixture.dataSource.destroy();
});

async function failureOf(run: () => Promise<unknown>): Promise<{ code: unknown; message: string; problems?: unknown }> {
  try {
    await run();
  } catch (error) {
    const { code, message, problems } = error as ImportRejectedError;
    return problems === undefined ? { code, message } : { code, message, problems };
  }
  throw new Error('expected the import to fail');
}

const NEW_CUSTOMER = 'customer_id,name,phone\nC4,New Customer,9876500004\n';
const CALLS_HEADER = 'call_id,customer_id,timestamp,duration\n';

/** Calls with an unknown customer and a negative duration on one line, a bad timestamp on another. */
const MIXED_CALLS = `${CALLS_HEADER}K1,C9,2026-03-09T10:00:00Z,-5\nK2,C4,2026-03-09T10:00:00Z,30\nK3,C4,someday,30\n`;

/** MIXED_CALLS' failure: every problem in file, line and field order, the first in the message. */
function mixedFailure(calls: string) {
  return {
    code: 'IMPORT_REJECTED',
    message: `${calls}:2: customer_id: is not a known customer (C9) (and 2 more)`,
    problems: [
      { file: calls, line: 2, field: 'customer_id', reason: 'is not a known customer', value: 'C9' },
      { file: calls, line: 2, field: 'duration', reason: 'is negative', value: '-5' },
      { file: calls, line: 4, field: 'timestamp', reason: 'is not an ISO 8601 timestamp', value: 'someday' },
    ],
  };
}

interface BadCase {
  readonly name: string;
  /** Files imported beside a good new customer. */
  readonly files: Record<string, string>;
  /** The file the message names. */
  readonly culprit: string;
  readonly code: string;
  readonly message: (file: string) => string;
}

const CASES: readonly BadCase[] = [
  {
    name: 'a negative duration',
    files: { 'calls.csv': `${CALLS_HEADER}K9,C1,2026-03-09T10:00:00Z,-5\n` },
    culprit: 'calls.csv',
    code: 'IMPORT_REJECTED',
    message: (file) => `${file}:2: duration: is negative (-5)`,
  },
  {
    name: 'an impossible date',
    files: { 'calls.csv': `${CALLS_HEADER}K9,C1,2026-02-30T10:00:00,30\n` },
    culprit: 'calls.csv',
    code: 'IMPORT_REJECTED',
    message: (file) => `${file}:2: timestamp: is not a real date or time (2026-02-30T10:00:00)`,
  },
  {
    name: 'an unknown customer id',
    files: { 'calls.csv': `${CALLS_HEADER}K9,C9,2026-03-09T10:00:00Z,30\n` },
    culprit: 'calls.csv',
    code: 'IMPORT_REJECTED',
    message: (file) => `${file}:2: customer_id: is not a known customer (C9)`,
  },
  {
    name: 'an unparseable phone',
    files: { 'customers.csv': `${NEW_CUSTOMER}C5,Bad Phone,98765\n` },
    culprit: 'customers.csv',
    code: 'IMPORT_REJECTED',
    message: (file) => `${file}:3: phone: is not a possible phone number (default region IN) (98765)`,
  },
  {
    name: 'a repeated id',
    files: { 'calls.csv': `${CALLS_HEADER}K9,C1,2026-03-09T10:00:00Z,30\nK9,C4,2026-03-09T11:00:00Z,40\n` },
    culprit: 'calls.csv',
    code: 'IMPORT_REJECTED',
    message: (file) => `${file}:3: call_id: repeats the id first seen on line 2 (K9)`,
  },
  {
    name: 'an id already in the database is no repeat, but one repeated in the import is',
    files: { 'calls.csv': `${CALLS_HEADER}K1,C1,2026-03-02T10:00:00Z,120\nK1,C1,2026-03-02T10:00:00Z,121\n` },
    culprit: 'calls.csv',
    code: 'IMPORT_REJECTED',
    message: (file) => `${file}:3: call_id: repeats the id first seen on line 2 (K1)`,
  },
  {
    name: 'an unknown listing',
    files: { 'leads.csv': 'lead_id,customer_id,property_id,timestamp\nL9,C4,P9,2026-03-09T10:00:00Z\n' },
    culprit: 'leads.csv',
    code: 'IMPORT_REJECTED',
    message: (file) => `${file}:2: property_id: is not a known listing (P9)`,
  },
  {
    name: 'an unknown listing on a call',
    files: { 'calls.csv': 'call_id,customer_id,timestamp,duration,property_id\nK9,C4,2026-03-09T10:00:00Z,30,P9\n' },
    culprit: 'calls.csv',
    code: 'IMPORT_REJECTED',
    message: (file) => `${file}:2: property_id: is not a known listing (P9)`,
  },
  {
    name: 'malformed CSV',
    files: { 'calls.csv': `${CALLS_HEADER}K8,C1,2026-03-09T10:00:00Z,30\nK9,C1,"2026-03-09,30\n` },
    culprit: 'calls.csv',
    code: 'INVALID_INPUT',
    message: (file) => `${file}:3: timestamp: a quoted value is never closed`,
  },
  {
    name: 'truncated JSON',
    files: {
      'calls.json': '[\n  {"call_id": "K8", "customer_id": "C1", "timestamp": "2026-03-09T10:00:00Z", "duration": 30},\n  {"call_id": "K9",\n',
    },
    culprit: 'calls.json',
    code: 'INVALID_INPUT',
    message: (file) => `${file}:3: json: the file ends before the JSON is complete`,
  },
  {
    name: 'a missing column',
    files: { 'calls.csv': 'call_id,customer_id,timestamp\nK9,C1,2026-03-09T10:00:00Z\n' },
    culprit: 'calls.csv',
    code: 'INVALID_INPUT',
    message: (file) => `${file}:1: duration: column is missing from the header (if the file names it otherwise, map it: --map calls.NAME=duration)`,
  },
  {
    name: 'a file of unknown kind',
    files: { 'orders.csv': 'order_id\nO1\n' },
    culprit: 'orders.csv',
    code: 'UNKNOWN_FILE_KIND',
    message: (file) => `${file}: cannot tell its kind: the name must start with customers, listings, tracking_numbers, leads, calls, sms`,
  },
];

describeEachDatabase('importData, all or nothing', () => {
  it.each(CASES)('rejects $name with its exact message and leaves the database as it was', async ({ files, culprit, code, message }) => {
    fixture = await openImportFixture();
    await fixture.run([dirname(fixture.write(BASE_CSV)[0]!)]);
    const before = await dumpTables(fixture.dataSource);
    const paths = fixture.write({ 'customers.csv': NEW_CUSTOMER, ...files });
    const folder = dirname(paths[0]!);
    const failure = await failureOf(() => fixture.run(paths));
    expect({ code: failure.code, message: failure.message }).toEqual({ code, message: message(join(folder, culprit)) });
    expect(await dumpTables(fixture.dataSource)).toEqual(before);
  });

  it('refuses a missing file before reading anything', async () => {
    fixture = await openImportFixture();
    const [customers] = fixture.write({ 'customers.csv': NEW_CUSTOMER });
    const missing = join(fixture.dir, 'nowhere', 'calls.csv');
    expect(await failureOf(() => fixture.run([customers!, missing]))).toEqual({ code: 'FILE_NOT_FOUND', message: `${missing}: no such file or folder` });
    expect(await dumpTables(fixture.dataSource)).toEqual({ customers: [], listings: [], leads: [], calls: [], sms: [] });
  });

  it('lists every problem, in file, line and field order, and counts the others in the message', async () => {
    fixture = await openImportFixture();
    const [customers, calls] = fixture.write({
      'customers.csv': NEW_CUSTOMER,
      'calls.csv': MIXED_CALLS,
    });
    expect(await failureOf(() => fixture.run([calls!, customers!]))).toEqual(mixedFailure(calls!));
    expect(await dumpTables(fixture.dataSource)).toEqual({ customers: [], listings: [], leads: [], calls: [], sms: [] });
  });

  it('refuses the same rows with the same messages when the referenced tables are too large to hold (checked in SQL)', async () => {
    fixture = await openImportFixture();
    const [customers, calls, clean] = fixture.write({
      'customers.csv': NEW_CUSTOMER,
      'calls.csv': MIXED_CALLS,
      // Every field good, only the customer unknown: the direct load finds it by its query after the load.
      'more/calls.csv': `${CALLS_HEADER}K7,C8,2026-03-09T10:00:00Z,30\n`,
    });
    const everywhereInSql = { knownKeysLimit: 0 };
    expect(await failureOf(() => fixture.run([calls!, customers!], everywhereInSql))).toEqual(mixedFailure(calls!));
    expect(await failureOf(() => fixture.run([clean!, customers!], everywhereInSql))).toEqual({
      code: 'IMPORT_REJECTED',
      message: `${clean}:2: customer_id: is not a known customer (C8)`,
      problems: [{ file: clean, line: 2, field: 'customer_id', reason: 'is not a known customer', value: 'C8' }],
    });
    expect(await dumpTables(fixture.dataSource)).toEqual({ customers: [], listings: [], leads: [], calls: [], sms: [] });
  });

  it('reports an id repeated after a bad row as the staged import does, into an empty table too', async () => {
    fixture = await openImportFixture();
    const [customers, calls] = fixture.write({
      'customers.csv': NEW_CUSTOMER,
      // K1 first on a bad row, then on a good one: the good one repeats it.
      'calls.csv': `${CALLS_HEADER}K1,C4,2026-03-09T10:00:00Z,-5\nK2,C4,2026-03-09T10:30:00Z,30\nK1,C4,2026-03-09T11:00:00Z,30\n`,
    });
    expect(await failureOf(() => fixture.run([calls!, customers!]))).toEqual({
      code: 'IMPORT_REJECTED',
      message: `${calls}:2: duration: is negative (-5) (and 1 more)`,
      problems: [
        { file: calls, line: 2, field: 'duration', reason: 'is negative', value: '-5' },
        { file: calls, line: 4, field: 'call_id', reason: 'repeats the id first seen on line 2', value: 'K1' },
      ],
    });
    expect(await dumpTables(fixture.dataSource)).toEqual({ customers: [], listings: [], leads: [], calls: [], sms: [] });
  });
}, { citus: true });
