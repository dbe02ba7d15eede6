import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, afterEach, beforeEach, describe } from 'vitest';
import { makeTempDir } from './temp-dir.js';

/** Where the PostgreSQL tests run: a URL whose user may create databases. Unset, they are skipped. */
export const POSTGRES_URL_VARIABLE = 'HCDM_TEST_POSTGRES_URL';

export const POSTGRES_SKIP_REASON = `${POSTGRES_URL_VARIABLE} not set`;

export type TestDatabaseName = 'sqlite' | 'postgres';

/** One engine the storage, import and analysis tests run on. */
export interface TestDatabase {
  readonly name: TestDatabaseName;
  /** Why this engine's tests are skipped here; null when they run. */
  readonly skipReason: string | null;
  /**
   * A fresh, empty database for the current test, removed after it: an SQLite file path, or
   * the URL of a new PostgreSQL database of its own.
   */
  create(): Promise<string>;
}

/** SQLite always; PostgreSQL when {@link POSTGRES_URL_VARIABLE} names a server. */
export function testDatabases(env: NodeJS.ProcessEnv = process.env): TestDatabase[] {
  const url = env[POSTGRES_URL_VARIABLE]?.trim() ?? '';
  return [
    { name: 'sqlite', skipReason: null, create: async () => join(makeTempDir(), 'hcdm.sqlite') },
    {
      name: 'postgres',
      skipReason: url === '' ? POSTGRES_SKIP_REASON : null,
      create: () => createPostgresDatabase(url),
    },
  ];
}

/**
 * One suite, run once per engine: `describeEachDatabase('topLeads', (database) => { it(...) })`
 * registers `topLeads [sqlite]` and `topLeads [postgres]`. Where PostgreSQL is not configured its
 * tests are still listed, and reported as skipped with the reason. While a test of the suite
 * runs, {@link createTestDatabase} makes databases on that test's engine, so helpers that open a
 * database need no engine argument.
 */
export function describeEachDatabase(name: string, suite: (database: TestDatabase) => void): void {
  for (const database of testDatabases()) describeOn(database, `${name} [${database.name}]`, suite);
}

/** A suite for PostgreSQL alone (its error messages, its concurrency), skipped with the reason where it is not configured. */
export function describeOnPostgres(name: string, suite: (database: TestDatabase) => void): void {
  const postgres = testDatabases().find((database) => database.name === 'postgres')!;
  describeOn(postgres, `${name} [postgres]`, suite);
}

function describeOn(database: TestDatabase, title: string, suite: (database: TestDatabase) => void): void {
  describe(title, () => {
    const { skipReason } = database;
    if (skipReason !== null) beforeEach((context) => context.skip(skipReason));
    beforeEach(() => {
      current = database;
    });
    afterEach(() => {
      current = SQLITE;
    });
    suite(database);
  });
}

const SQLITE = testDatabases()[0]!;
let current: TestDatabase = SQLITE;

/** A fresh, empty database on the running test's engine (see {@link TestDatabase.create}). */
export function createTestDatabase(): Promise<string> {
  return current.create();
}

let admin: pg.Pool | null = null;
const created: string[] = [];

afterEach(async () => {
  for (const name of created.splice(0)) {
    // FORCE ends connections a failed test left open, so the drop never waits on them.
    await admin?.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
});

afterAll(async () => {
  await admin?.end();
  admin = null;
});

/**
 * CREATE DATABASE hcdm_test_<random> on the configured server, with an ICU `en-US` collation:
 * a typical server's order, which differs from SQLite's byte order, so a test catches any text
 * sort that hcdm's schema leaves to the database's locale.
 */
async function createPostgresDatabase(url: string): Promise<string> {
  admin ??= new pg.Pool({ connectionString: url, max: 2 });
  const name = `hcdm_test_${process.pid}_${randomBytes(6).toString('hex')}`;
  await admin.query(`CREATE DATABASE ${name} LOCALE_PROVIDER icu ICU_LOCALE 'en-US' TEMPLATE template0`);
  created.push(name);
  const target = new URL(url);
  target.pathname = `/${name}`;
  return target.toString();
}
