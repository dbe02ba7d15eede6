import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, afterEach, beforeEach, describe } from 'vitest';
import { tallyEachTest } from './engine-tally.js';
import { makeTempDir } from './temp-dir.js';

/** Where the PostgreSQL tests run: a URL whose user may create databases. Unset, they are skipped. */
export const POSTGRES_URL_VARIABLE = 'HCDM_TEST_POSTGRES_URL';

export const POSTGRES_SKIP_REASON = `${POSTGRES_URL_VARIABLE} not set`;

/**
 * Where the Citus tests run: the URL of a coordinator's database that has the `citus`
 * extension, with workers registered (`.ci/run` starts such a cluster). Unset, they are skipped.
 */
export const CITUS_URL_VARIABLE = 'HCDM_TEST_CITUS_URL';

export const CITUS_SKIP_REASON = `${CITUS_URL_VARIABLE} not set`;

export type TestDatabaseName = 'sqlite' | 'postgres' | 'citus';

/** Which engines a suite of {@link describeEachDatabase} runs on beside SQLite and PostgreSQL. */
export interface EngineOptions {
  /**
   * Runs the suite on Citus too (`[citus]`). Every storage and import suite does; an analysis
   * suite opts in once its queries run on tables split by customer.
   */
  readonly citus?: boolean;
}

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

/**
 * SQLite always; PostgreSQL when {@link POSTGRES_URL_VARIABLE} names a server; Citus when
 * {@link CITUS_URL_VARIABLE} names a coordinator.
 */
export function testDatabases(env: NodeJS.ProcessEnv = process.env): TestDatabase[] {
  const url = env[POSTGRES_URL_VARIABLE]?.trim() ?? '';
  const citusUrl = env[CITUS_URL_VARIABLE]?.trim() ?? '';
  return [
    { name: 'sqlite', skipReason: null, create: async () => join(makeTempDir(), 'hcdm.sqlite') },
    {
      name: 'postgres',
      skipReason: url === '' ? POSTGRES_SKIP_REASON : null,
      create: () => createPostgresDatabase(url),
    },
    {
      name: 'citus',
      skipReason: citusUrl === '' ? CITUS_SKIP_REASON : null,
      create: () => createCitusSchema(citusUrl),
    },
  ];
}

/**
 * One suite, run once per engine: `describeEachDatabase('topLeads', (database) => { it(...) })`
 * registers `topLeads [sqlite]` and `topLeads [postgres]`, and with `{ citus: true }` also
 * `topLeads [citus]`. Where an engine is not configured its tests are still listed, and
 * reported as skipped with the reason. While a test of the suite runs,
 * {@link createTestDatabase} makes databases on that test's engine, so helpers that open a
 * database need no engine argument.
 */
export function describeEachDatabase(name: string, suite: (database: TestDatabase) => void, engines: EngineOptions = {}): void {
  for (const database of testDatabases()) {
    if (database.name === 'citus' && engines.citus !== true) continue;
    describeOn(database, `${name} [${database.name}]`, suite);
  }
}

/** A suite for PostgreSQL alone (its error messages, its concurrency), skipped with the reason where it is not configured. */
export function describeOnPostgres(name: string, suite: (database: TestDatabase) => void): void {
  describeOnEngine('postgres', name, suite);
}

/** A suite for Citus alone (how hcdm lays its tables out there), skipped with the reason where it is not configured. */
export function describeOnCitus(name: string, suite: (database: TestDatabase) => void): void {
  describeOnEngine('citus', name, suite);
}

function describeOnEngine(engine: TestDatabaseName, name: string, suite: (database: TestDatabase) => void): void {
  const database = testDatabases().find((candidate) => candidate.name === engine)!;
  describeOn(database, `${name} [${engine}]`, suite);
}

/**
 * How long a test of an engine's suite may take, where it is longer than the package's own
 * `testTimeout` (30 s): a server's tests make a database or schema each, and on Citus hcdm's
 * migrations and imports lay tables out over the workers. With every package's suites at once on
 * a 2-CPU machine, CI runs saw Citus tests of 25 s and 55 s that take a few seconds alone.
 */
const ENGINE_TEST_TIMEOUT_MS: Partial<Record<TestDatabaseName, number>> = { postgres: 60_000, citus: 180_000 };

/** How long the hooks that drop the tests' databases may wait (a drop waits its turn behind distributions on Citus). */
const DATABASE_HOOK_TIMEOUT_MS = 120_000;

function describeOn(database: TestDatabase, title: string, suite: (database: TestDatabase) => void): void {
  const timeout = ENGINE_TEST_TIMEOUT_MS[database.name];
  describe(title, timeout === undefined ? {} : { timeout }, () => {
    const { skipReason } = database;
    if (skipReason !== null) beforeEach((context) => context.skip(skipReason));
    tallyEachTest(database.name);
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

let citusAdmin: pg.Pool | null = null;
const createdSchemas: string[] = [];

afterEach(async () => {
  for (const name of created.splice(0)) {
    // FORCE ends connections a failed test left open, so the drop never waits on them.
    await admin?.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
  for (const name of createdSchemas.splice(0)) await dropCitusSchema(name);
}, DATABASE_HOOK_TIMEOUT_MS);

/**
 * Citus drops the schema's shards on the workers with it. Test files run side by side, and the
 * drop of one test's shards can deadlock with another's being made or dropped (the server then
 * ends one of them, "deadlock detected"): the drop is tried again.
 */
async function dropCitusSchema(name: string): Promise<void> {
  if (citusAdmin === null) return;
  for (let attempt = 1; ; attempt += 1) {
    const client = await citusAdmin.connect();
    try {
      // In turn with hcdm's distributions (DISTRIBUTION_LOCK_KEY in @hcdm/core's citus.distribute.ts):
      // a drop beside another test's create_distributed_table deadlocked across the nodes.
      await client.query('BEGIN');
      await client.query(`SELECT pg_advisory_xact_lock(hashtext('hcdm distribute'))`);
      await client.query(`DROP SCHEMA IF EXISTS ${name} CASCADE`);
      await client.query('COMMIT');
      return;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      if ((error as { code?: unknown }).code !== '40P01' || attempt >= 5) throw error;
    } finally {
      client.release();
    }
  }
}

afterAll(async () => {
  await admin?.end();
  admin = null;
  await citusAdmin?.end();
  citusAdmin = null;
}, DATABASE_HOOK_TIMEOUT_MS);

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

/**
 * Shards per split table in a test's schema. Measured on this project's 2-CPU machine (a
 * coordinator and two workers): with Citus's default of 32, hcdm's migrations make a test's
 * tables in about 6 s and the schema drops in 2.3 s; with 4 (two per worker, so rows still
 * sit on both) in 2 s and 0.6 s.
 */
const TEST_SHARD_COUNT = 4;

/**
 * A fresh schema hcdm_test_<random> in the coordinator's database, and that database's URL with
 * the schema as its search_path: hcdm's tables land there, distributed over the workers. A
 * database per test would need the `citus` extension made on the coordinator and each worker
 * and the workers registered, about 3 s to make and 3 s to drop on this project's machine; a
 * schema takes a tenth of a second, then hcdm's migrations distribute its tables as on any
 * database. `citus.shard_count` is the session's (see TEST_SHARD_COUNT).
 */
async function createCitusSchema(url: string): Promise<string> {
  citusAdmin ??= new pg.Pool({ connectionString: url, max: 2 });
  const name = `hcdm_test_${process.pid}_${randomBytes(6).toString('hex')}`;
  await citusAdmin.query(`CREATE SCHEMA ${name}`);
  createdSchemas.push(name);
  const target = new URL(url);
  target.searchParams.set('options', `-c search_path=${name} -c citus.shard_count=${TEST_SHARD_COUNT}`);
  return target.toString();
}
