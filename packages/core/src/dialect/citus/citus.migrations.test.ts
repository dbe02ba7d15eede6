import pg from 'pg';
import { DataSource, type MigrationInterface, type QueryRunner } from 'typeorm';
import { createTestDatabase, describeOnPostgres } from '@hcdm/test-utils';
import { afterEach, expect, it } from 'vitest';
import { runMigrationsOnCitus } from './citus.migrations.js';

// runMigrationsOnCitus is retryOnDeadlock (../deadlock.retry.ts) around the PostgreSQL run, so these test that too.

/** The migration's runs so far, and the other session's work (awaited after the run). */
let attempts = 0;
let other: pg.Client | null = null;
let otherDone: Promise<unknown> = Promise.resolve();

/**
 * On its first run (the test's user must be a superuser, as the test servers' are, to set
 * deadlock_timeout), a real deadlock with another session, which this migration's session
 * detects (it waits 1 s, PostgreSQL's deadlock_timeout; the other waits 30 s first), so the
 * server cancels this one, 40P01, as Citus's detector does a distribution. Later runs pass.
 */
class DeadlockOnFirstRun1700000000000 implements MigrationInterface {
  name = 'DeadlockOnFirstRun1700000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    attempts += 1;
    await queryRunner.query('CREATE TABLE made_by_migration (id integer)');
    if (attempts > 1) return;
    await queryRunner.query('UPDATE lock_a SET v = v + 1');
    await other!.query('BEGIN');
    await other!.query(`SET LOCAL deadlock_timeout = '30s'`);
    await other!.query('UPDATE lock_b SET v = v + 1');
    const { pid } = (await other!.query('SELECT pg_backend_pid() AS pid')).rows[0] as { pid: number };
    otherDone = other!.query('UPDATE lock_a SET v = v + 1').then(() => other!.query('COMMIT'));
    // Until the other session waits for lock_a's row, which this one holds.
    for (;;) {
      const [row] = (await queryRunner.query('SELECT wait_event_type FROM pg_stat_activity WHERE pid = $1', [pid])) as { wait_event_type: string | null }[];
      if (row?.wait_event_type === 'Lock') break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await queryRunner.query('UPDATE lock_b SET v = v + 1');
  }

  async down(): Promise<void> {}
}

class DivideByZero1700000000000 implements MigrationInterface {
  name = 'DivideByZero1700000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    attempts += 1;
    await queryRunner.query('SELECT 1 / 0');
  }

  async down(): Promise<void> {}
}

async function openWith(migration: new () => MigrationInterface): Promise<DataSource> {
  const url = await createTestDatabase();
  attempts = 0;
  other = new pg.Client({ connectionString: url });
  await other.connect();
  await other.query('CREATE TABLE lock_a (v integer); CREATE TABLE lock_b (v integer); INSERT INTO lock_a VALUES (0); INSERT INTO lock_b VALUES (0)');
  const dataSource = new DataSource({ type: 'postgres', url, migrations: [migration] });
  return dataSource.initialize();
}

let open: DataSource | null = null;

afterEach(async () => {
  await open?.destroy();
  open = null;
  await other?.end();
  other = null;
});

describeOnPostgres('runMigrationsOnCitus', () => {
  it('runs the migrations again after a deadlock cancelled them, the cancelled run leaving nothing', async () => {
    open = await openWith(DeadlockOnFirstRun1700000000000);
    await runMigrationsOnCitus(open);
    await otherDone;
    expect(attempts).toBe(2);
    // Each table was raised once, by the other session: the cancelled run's update was rolled back.
    expect(await open.query('SELECT (SELECT v FROM lock_a) AS a, (SELECT v FROM lock_b) AS b')).toEqual([{ a: 1, b: 1 }]);
    expect(await open.query('SELECT name FROM migrations')).toEqual([{ name: 'DeadlockOnFirstRun1700000000000' }]);
    expect(await open.query(`SELECT to_regclass('made_by_migration') IS NOT NULL AS made`)).toEqual([{ made: true }]);
  });

  it('does not run them again for any other failure', async () => {
    open = await openWith(DivideByZero1700000000000);
    await expect(runMigrationsOnCitus(open)).rejects.toMatchObject({ code: '22012' });
    expect(attempts).toBe(1);
    expect(await open.query('SELECT COUNT(*)::int AS n FROM migrations')).toEqual([{ n: 0 }]);
  });
});
