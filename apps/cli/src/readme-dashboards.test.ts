import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { createTestDatabase, describeEachDatabase, makeTempDir, writeFiles } from '@hcdm/test-utils';
import { expect, it } from 'vitest';
import { runCli } from './hcdm-process.test-utils.js';

const README = fileURLToPath(new URL('../../../README.md', import.meta.url));

interface DocumentedQuestion {
  readonly command: string;
  readonly sql: string;
}

/**
 * The SQL blocks of the root README's "Dashboards without building one", each with the command
 * its first line names (`-- ...: hcdm query "COMMAND"`): read from the README itself, so the
 * documented SQL is the SQL tested.
 */
function documentedQuestions(): DocumentedQuestion[] {
  const text = readFileSync(README, 'utf8');
  const start = text.indexOf('\n## Dashboards without building one\n');
  if (start < 0) throw new Error('README.md has no "Dashboards without building one" section');
  const end = text.indexOf('\n## ', start + 1);
  const section = text.slice(start, end < 0 ? undefined : end);
  return [...section.matchAll(/```sql\n([\s\S]*?)```/g)].map(([, sql = '']) => {
    const command = /^--.*: hcdm query "([^"]+)"$/m.exec(sql)?.[1];
    if (command === undefined) throw new Error(`a documented query names no command:\n${sql}`);
    return { command, sql };
  });
}

/**
 * Worked out by hand with the last-touch rule (README "How calls and SMS count"):
 * - Leads: L1 (C1 on P1, 03-01), L2 (C2 on P2, 03-02), L3 (C1 on P2, 03-10); C3 has none.
 * - Calls: K1 C1 03-05 -> L1/P1; K2 C1 03-11 -> L3/P2; K3 C1 03-12 tagged P1 -> C1's lead on P1,
 *   L1/P1 (not the latest, L3); K4 C2 03-03 -> L2/P2; K5 C3 -> none; K6 C2 04-02 -> L2/P2.
 * - SMS: S1, S2 C2 03-03/04 -> L2/P2; S3 C1 02-20 is older than C1's leads -> the earliest,
 *   L1/P1; S4 C3 -> none.
 */
const EXPORTS = {
  'customers.csv': 'customer_id,name,phone\nC1,Asha Rao,+91-9876543210\nC2,Vikram Shah,09812345678\nC3,Meera Iyer,9822222222\n',
  'listings.csv': 'property_id,title,location,price\nP1,2BHK in Baner,"Baner, Pune",7500000\nP2,Studio in Andheri,"Andheri, Mumbai",4200000\n',
  'leads.csv': 'lead_id,customer_id,property_id,timestamp\nL1,C1,P1,2026-03-01T09:00:00Z\nL2,C2,P2,2026-03-02T09:00:00Z\nL3,C1,P2,2026-03-10T09:00:00Z\n',
  'calls.csv': [
    'call_id,customer_id,timestamp,duration,property_id',
    'K1,C1,2026-03-05T10:00:00Z,60,',
    'K2,C1,2026-03-11T10:00:00Z,120,',
    'K3,C1,2026-03-12T10:00:00Z,30,P1',
    'K4,C2,2026-03-03T10:00:00Z,200,',
    'K5,C3,2026-03-04T10:00:00Z,10,',
    'K6,C2,2026-04-02T10:00:00Z,45,',
    '',
  ].join('\n'),
  'sms.csv': [
    'sms_id,customer_id,timestamp,message_length',
    'S1,C2,2026-03-03T11:00:00Z,40',
    'S2,C2,2026-03-04T11:00:00Z,20',
    'S3,C1,2026-02-20T11:00:00Z,15',
    'S4,C3,2026-03-06T11:00:00Z,25',
    '',
  ].join('\n'),
};

/** What each documented question must answer on EXPORTS, snake_case as the SQL names it. */
const EXPECTED: Record<string, Record<string, string | number>[]> = {
  // L1: K1, K3; L2: K4, K6; L3: K2. L1 and L2 tie at 2: by id.
  'show top 5 leads by call volume': [
    { lead_id: 'L1', name: 'Asha Rao', property_id: 'P1', call_count: 2 },
    { lead_id: 'L2', name: 'Vikram Shah', property_id: 'P2', call_count: 2 },
    { lead_id: 'L3', name: 'Asha Rao', property_id: 'P2', call_count: 1 },
  ],
  // P2: K2 (C1), K4, K6 (C2); P1: K1, K3 (C1). K5 counts for no listing.
  'show top 10 listings by call inquiries': [
    { property_id: 'P2', title: 'Studio in Andheri', call_inquiries: 3, inquirers: 2 },
    { property_id: 'P1', title: '2BHK in Baner', call_inquiries: 2, inquirers: 1 },
  ],
  // March only: P2 K2, K4, S1, S2 (C1, C2); P1 K1, K3 (C1). K6 (April) and S3 (February) left out.
  'show top 10 listings by engagement from 2026-03-01 to 2026-03-31': [
    { property_id: 'P2', title: 'Studio in Andheri', engagement: 4, inquirers: 2 },
    { property_id: 'P1', title: '2BHK in Baner', engagement: 2, inquirers: 1 },
  ],
};

const camelCase = (name: string) => name.replace(/_([a-z])/g, (_match, letter: string) => letter.toUpperCase());

/** A database made by `hcdm import` of EXPORTS, on the running test's engine (removed after the test). */
async function importedDatabase(): Promise<{ dir: string; database: string }> {
  const dir = makeTempDir();
  const database = await createTestDatabase();
  writeFiles(join(dir, 'exports'), EXPORTS);
  const imported = runCli(dir, ['import', 'exports', '--db', database]);
  expect(imported.status, imported.stderr).toBe(0);
  return { dir, database };
}

/**
 * The statement's rows as a dashboard tool gets them: from the SQLite file opened read-only by
 * the driver itself; on PostgreSQL, through `hcdm sql` (a READ ONLY transaction).
 */
function runSql(dir: string, database: string, sql: string): Record<string, unknown>[] {
  if (database.startsWith('postgres://')) {
    // After `--`: the statement starts with a `--` comment, which would otherwise read as an option.
    const answered = runCli(dir, ['sql', '--db', database, '--format', 'json', '--', sql]);
    expect(answered.status, answered.stderr).toBe(0);
    return JSON.parse(answered.stdout) as Record<string, unknown>[];
  }
  const db = new Database(database, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all() as Record<string, unknown>[];
  } finally {
    db.close();
  }
}

it("documents the three questions this test knows the answers to, each naming its command", () => {
  expect(documentedQuestions().map((question) => question.command)).toEqual(Object.keys(EXPECTED));
});

describeEachDatabase("the README's dashboard SQL, on a database hcdm imported", () => {
  for (const question of documentedQuestions()) {
    it(`answers as "hcdm query ${question.command}" does`, async () => {
      const { dir, database } = await importedDatabase();
      const rows = runSql(dir, database, question.sql);
      expect(rows).toEqual(EXPECTED[question.command]);

      const answered = runCli(dir, ['query', question.command, '--db', database, '--format', 'json']);
      expect(answered.status, answered.stderr).toBe(0);
      const commandRows = JSON.parse(answered.stdout) as Record<string, unknown>[];
      // The command's row for each SQL row: every column the SQL names, under the command's camelCase key.
      const projected = commandRows.map((row) => Object.fromEntries(Object.keys(rows[0] ?? {}).map((column) => [column, row[camelCase(column)]])));
      expect(projected).toEqual(rows);
    });
  }
}, { citus: true });
