import { createTestDatabase, describeEachDatabase, makeTempDir } from '@hcdm/test-utils';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { insertFixture } from './analytics.test-utils.js';
import { openDatabase, type HcdmDatabase } from './hcdm-database.js';
import { SqlError } from './sql/sql.errors.js';

/**
 * Two customers, three calls: C1 has K1 (60 s) and K2 (120 s), C2 has K3 (30 s). Worked by
 * hand: per customer, C1 2 calls 180 s, C2 1 call 30 s.
 */
const FIXTURE = {
  customers: [
    ['C1', 'Asha Rao', '+919800000001'],
    ['C2', 'Vikram Shah', '+919800000002'],
  ],
  calls: [
    ['K1', 'C1', '2026-03-01T10:00:00Z', 60],
    ['K2', 'C1', '2026-03-02T10:00:00Z', 120],
    ['K3', 'C2', '2026-03-03T10:00:00Z', 30],
  ],
} as const;

async function openWithFixture(options: { readonly?: boolean } = {}): Promise<{ db: HcdmDatabase; database: string }> {
  const database = await createTestDatabase();
  const writer = await openDatabase({ database });
  await insertFixture(writer, FIXTURE);
  if (!options.readonly) return { db: writer, database };
  await writer.close();
  return { db: await openDatabase({ database, readonly: true }), database };
}

async function refusal(work: Promise<unknown>): Promise<SqlError> {
  const error = await work.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(SqlError);
  return error as SqlError;
}

describeEachDatabase('HcdmDatabase.sql', () => {
  for (const readonly of [false, true]) {
    describe(readonly ? 'opened read-only' : 'opened writable', () => {
      it('answers a SELECT with its columns in order and its rows', async () => {
        const { db } = await openWithFixture({ readonly });
        const result = await db.sql(
          'SELECT customer_id AS customer, COUNT(*) AS calls, SUM(duration_seconds) AS seconds FROM calls GROUP BY customer_id ORDER BY customer_id',
        );
        await db.close();
        expect(result).toEqual({
          columns: ['customer', 'calls', 'seconds'],
          rows: [
            { customer: 'C1', calls: 2, seconds: 180 },
            { customer: 'C2', calls: 1, seconds: 30 },
          ],
        });
      });

      it('refuses a write as read-only, and the data stays as it was', async () => {
        const { db } = await openWithFixture({ readonly });
        for (const statement of ["INSERT INTO customers VALUES ('C9', 'New', '+919800000009', NULL)", "UPDATE calls SET duration_seconds = 0", 'DELETE FROM calls', 'DROP TABLE sms']) {
          const error = await refusal(db.sql(statement));
          expect({ reason: error.reason, code: error.code, startsReadOnly: error.message.startsWith('hcdm sql is read-only: ') }).toEqual({
            reason: 'read-only',
            code: 'INVALID_INPUT',
            startsReadOnly: true,
          });
        }
        const after = await db.sql('SELECT COUNT(*) AS n, SUM(duration_seconds) AS seconds FROM calls');
        const customers = await db.sql('SELECT COUNT(*) AS n FROM customers');
        await db.close();
        expect([after.rows, customers.rows]).toEqual([[{ n: 3, seconds: 210 }], [{ n: 2 }]]);
      });
    });
  }

  it('keeps the column names of an empty result', async () => {
    const { db } = await openWithFixture();
    const result = await db.sql("SELECT call_id, customer_id FROM calls WHERE customer_id = 'nobody'");
    await db.close();
    expect(result).toEqual({ columns: ['call_id', 'customer_id'], rows: [] });
  });

  it('keeps every value of a name given twice, the second as name_2', async () => {
    const { db } = await openWithFixture();
    const result = await db.sql('SELECT 1 AS n, 2 AS n, 3 AS n_2');
    await db.close();
    expect(result).toEqual({ columns: ['n', 'n_2', 'n_2_2'], rows: [{ n: 1, n_2: 2, n_2_2: 3 }] });
  });

  it('refuses SQL the engine cannot run, in one line with its reason', async () => {
    const { db } = await openWithFixture();
    const syntax = await refusal(db.sql('SELEC 1'));
    const unknownTable = await refusal(db.sql('SELECT * FROM no_such_table'));
    const empty = await refusal(db.sql('   '));
    await db.close();
    expect([syntax, unknownTable, empty].map((error) => [error.reason, error.message.includes('\n')])).toEqual([
      ['invalid', false],
      ['invalid', false],
      ['invalid', false],
    ]);
    expect(syntax.message).toMatch(/^SQL error: .*syntax error/);
    expect(unknownTable.message).toMatch(/^SQL error: .*no_such_table/);
    expect(empty.message).toBe('SQL error: the text holds no statement');
  });

  it('runs one statement only: a second one after it is refused, not run', async () => {
    const { db } = await openWithFixture();
    const error = await refusal(db.sql('SELECT 1; DELETE FROM calls'));
    const calls = await db.sql('SELECT COUNT(*) AS n FROM calls');
    await db.close();
    expect(error.reason).toBe('invalid');
    expect(calls.rows).toEqual([{ n: 3 }]);
  });

  it('lists every table and its columns in order', async () => {
    const { db } = await openWithFixture();
    const schema = await db.sqlSchema();
    await db.close();
    expect(schema.columns).toEqual(['table', 'column', 'type', 'nullable']);
    const tables = [...new Set(schema.rows.map((row) => row.table))];
    expect(tables).toEqual(['calls', 'customer_alias_moves', 'customer_aliases', 'customers', 'data_generation', 'leads', 'listings', 'migrations', 'sms', 'tracking_numbers']);
    const customers = schema.rows.filter((row) => row.table === 'customers').map((row) => [row.column, row.nullable]);
    expect(customers).toEqual([
      ['customer_id', 'no'],
      ['name', 'no'],
      ['phone', 'no'],
      ['email', 'yes'],
    ]);
    const calls = schema.rows.filter((row) => row.table === 'calls').map((row) => row.column);
    expect(calls).toEqual([
      'call_id',
      'customer_id',
      'occurred_at',
      'duration_seconds',
      'direction',
      'status',
      'property_id',
      'attributed_lead_id',
      'attributed_property_id',
      'tracking_number',
      'agent',
    ]);
  });
}, { citus: true });

describe('HcdmDatabase.sql [sqlite]', () => {
  it('refuses a temporary table too: nothing a statement changes is allowed', async () => {
    const database = join(makeTempDir(), 'hcdm.sqlite');
    const db = await openDatabase({ database });
    const error = await refusal(db.sql('CREATE TEMP TABLE scratch (x)'));
    await db.close();
    expect([error.reason, error.message]).toEqual(['read-only', 'hcdm sql is read-only: attempt to write a readonly database']);
  });

  it('gives bytes as \\x and hex, as PostgreSQL prints them', async () => {
    const db = await openDatabase({ database: join(makeTempDir(), 'hcdm.sqlite') });
    const result = await db.sql("SELECT x'0a1b' AS b");
    await db.close();
    expect(result.rows).toEqual([{ b: '\\x0a1b' }]);
  });

  it('is read-only on a :memory: database too, which has no second connection', async () => {
    const db = await openDatabase({ database: ':memory:' });
    await insertFixture(db, FIXTURE);
    const error = await refusal(db.sql('DELETE FROM calls'));
    const calls = await db.sql('SELECT COUNT(*) AS n FROM calls');
    // Writing through the library still works afterwards: the pragma is put back.
    await insertFixture(db, { customers: [['C3', 'Meera Iyer', '+919800000003']] });
    const customers = await db.sql('SELECT COUNT(*) AS n FROM customers');
    await db.close();
    expect([error.reason, calls.rows, customers.rows]).toEqual(['read-only', [{ n: 3 }], [{ n: 3 }]]);
  });
});
