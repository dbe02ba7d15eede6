import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, describeOnPostgres, makeTempDir, writeFiles } from '@hcdm/test-utils';
import { FIXTURE } from '../fixtures.test-utils.js';
import { runCli } from '../hcdm-process.test-utils.js';

// One database for the file: these tests only read it (a write that got through would show in the counts).
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'hcdm-cli-sql-'));
  writeFiles(join(dir, 'exports'), FIXTURE);
  expect(runCli(dir, ['import', 'exports', '--db', 'crm.sqlite']).status).toEqual(0);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PER_CUSTOMER = 'SELECT customer_id, COUNT(*) AS calls, SUM(duration_seconds) AS seconds FROM calls GROUP BY customer_id ORDER BY customer_id';
// The fixture's calls by the lead they were attributed to: K5 has none, K2 and K3 went to L3.
const PER_LEAD = 'SELECT attributed_lead_id AS lead, COUNT(*) AS calls FROM calls GROUP BY attributed_lead_id ORDER BY lead';

function sql(...args: string[]) {
  return runCli(dir, ['sql', ...args, '--db', 'crm.sqlite']);
}

describe('hcdm sql', () => {
  it('prints the rows as a table, numbers right-aligned, status 0', () => {
    expect(sql(PER_CUSTOMER)).toEqual({
      stdout: [
        '+-------------+-------+---------+',
        '| customer_id | calls | seconds |',
        '+-------------+-------+---------+',
        '| C1          |     3 |     210 |',
        '| C2          |     1 |     200 |',
        '| C3          |     1 |      10 |',
        '+-------------+-------+---------+',
        '',
      ].join('\n'),
      stderr: '',
      status: 0,
    });
  });

  it('prints JSON, NDJSON, CSV and Markdown as the query command does', () => {
    expect(JSON.parse(sql(PER_LEAD, '--format', 'json').stdout)).toEqual([
      { lead: null, calls: 1 },
      { lead: 'L1', calls: 1 },
      { lead: 'L2', calls: 1 },
      { lead: 'L3', calls: 2 },
    ]);
    expect(sql(PER_LEAD, '--format', 'ndjson').stdout).toBe('{"lead":null,"calls":1}\n{"lead":"L1","calls":1}\n{"lead":"L2","calls":1}\n{"lead":"L3","calls":2}\n');
    expect(sql(PER_LEAD, '--format', 'csv').stdout).toBe('lead,calls\n,1\nL1,1\nL2,1\nL3,2\n');
    expect(sql(PER_LEAD, '--format', 'md').stdout).toBe('| lead | calls |\n| --- | ---: |\n|  | 1 |\n| L1 | 1 |\n| L2 | 1 |\n| L3 | 2 |\n\n');
  });

  it('prints the header of an empty result', () => {
    expect(sql("SELECT call_id, duration_seconds FROM calls WHERE customer_id = 'C9'", '--format', 'csv')).toEqual({
      stdout: 'call_id,duration_seconds\n',
      stderr: '',
      status: 0,
    });
  });

  it('writes the rows to --out and says so on stderr', () => {
    const out = join(makeTempDir(), 'per-lead.csv');
    const run = sql(PER_LEAD, '--format', 'csv', '--out', out);
    expect(run).toEqual({ stdout: '', stderr: `Wrote 4 rows as csv to ${out}: ${PER_LEAD}\n`, status: 0 });
    expect(readFileSync(out, 'utf8')).toBe('lead,calls\n,1\nL1,1\nL2,1\nL3,2\n');
  });

  it('refuses every kind of write in one line, status 1, and the database is unchanged', () => {
    const database = join(dir, 'crm.sqlite');
    const before = statSync(database).mtimeMs;
    for (const statement of [
      "INSERT INTO customers (customer_id, name, phone) VALUES ('C9', 'Nobody', '+919800000009')",
      'UPDATE calls SET duration_seconds = 0',
      'DELETE FROM calls',
      'DROP TABLE sms',
      'CREATE TABLE notes (x)',
    ]) {
      const run = sql(statement);
      expect({ stdout: run.stdout, status: run.status }).toEqual({ stdout: '', status: 1 });
      expect(run.stderr).toBe('error: hcdm sql is read-only: attempt to write a readonly database\n');
    }
    expect(JSON.parse(sql('SELECT (SELECT COUNT(*) FROM calls) AS calls, (SELECT SUM(duration_seconds) FROM calls) AS seconds, (SELECT COUNT(*) FROM customers) AS customers', '--format', 'json').stdout)).toEqual([
      { calls: 5, seconds: 420, customers: 3 },
    ]);
    expect(statSync(database).mtimeMs).toBe(before);
  });

  it('says a syntax error in one line, status 1, no stack trace', () => {
    expect(sql('SELEC customer_id FROM customers')).toEqual({ stdout: '', stderr: 'error: SQL error: near "SELEC": syntax error\n', status: 1 });
    expect(sql('SELECT * FROM customer')).toEqual({ stdout: '', stderr: 'error: SQL error: no such table: customer\n', status: 1 });
  });

  it('lists the tables and their columns with --schema', () => {
    const run = sql('--schema', '--format', 'json');
    expect(run.status).toBe(0);
    const rows = JSON.parse(run.stdout) as { table: string; column: string; nullable: string }[];
    expect([...new Set(rows.map((row) => row.table))]).toEqual([
      'calls',
      'customer_alias_moves',
      'customer_aliases',
      'customers',
      'data_generation',
      'leads',
      'listings',
      'migrations',
      // The precomputed figures, kept up to date by the import: listed, since hcdm sql can read them.
      'precomputed_lead_activity',
      'precomputed_listing_inquirers',
      'precomputed_missed_calls',
      'precomputed_quarter_hours',
      'precomputed_record_days',
      'precomputed_scoring',
      'sms',
      'tracking_numbers',
    ]);
    expect(rows.filter((row) => row.table === 'leads').map((row) => `${row.column} ${row.nullable}`)).toEqual([
      'lead_id no',
      'customer_id no',
      'property_id no',
      'created_at no',
      'status yes',
      'source yes',
      'agent yes',
    ]);
    expect(sql('--schema').stdout.split('\n')[0]).toBe('Tables and columns');
  });

  it('needs a statement or --schema, not both and not neither (usage errors, status 1)', () => {
    expect(sql()).toMatchObject({ stdout: '', status: 1 });
    expect(sql().stderr).toMatch(/^error: give a statement/);
    expect(sql('--schema', 'SELECT 1')).toMatchObject({ stdout: '', stderr: 'error: give a statement or --schema, not both\n', status: 1 });
  });

  it('refuses a database that does not exist, creating none (status 2)', () => {
    const empty = makeTempDir();
    const run = runCli(empty, ['sql', 'SELECT 1', '--db', 'missing.sqlite']);
    expect(run).toMatchObject({ stdout: '', status: 2 });
    expect(() => statSync(join(empty, 'missing.sqlite'))).toThrow();
  });
});

describeOnPostgres('hcdm sql', () => {
  it('reads, and refuses a write in a READ ONLY transaction, status 1', async () => {
    const database = await createTestDatabase();
    const folder = makeTempDir();
    writeFiles(join(folder, 'exports'), FIXTURE);
    expect(runCli(folder, ['import', 'exports', '--db', database]).status).toBe(0);

    const read = runCli(folder, ['sql', PER_CUSTOMER, '--format', 'csv', '--db', database]);
    expect(read).toEqual({ stdout: 'customer_id,calls,seconds\nC1,3,210\nC2,1,200\nC3,1,10\n', stderr: '', status: 0 });
    const write = runCli(folder, ['sql', 'DELETE FROM calls', '--db', database]);
    expect(write).toEqual({ stdout: '', stderr: 'error: hcdm sql is read-only: cannot execute DELETE in a read-only transaction\n', status: 1 });
    const syntax = runCli(folder, ['sql', 'SELEC 1', '--db', database]);
    expect(syntax).toEqual({ stdout: '', stderr: 'error: SQL error: syntax error at or near "SELEC"\n', status: 1 });
    const after = runCli(folder, ['sql', 'SELECT COUNT(*) AS calls FROM calls', '--format', 'csv', '--db', database]);
    expect(after.stdout).toBe('calls\n5\n');
  });
});
