import pg from 'pg';
import { DataSource, type MigrationInterface, type QueryRunner } from 'typeorm';
import { createTestDatabase, describeOnPostgres } from '@hcdm/test-utils';
import { afterEach, expect, it } from 'vitest';
import { MIGRATION_LOCK_KEY, runMigrationsInTurn } from './postgres.migrations.js';

class MakeTable1700000000000 implements MigrationInterface {
  name = 'MakeTable1700000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE TABLE made_by_migration (id integer)');
  }

  async down(): Promise<void> {}
}

let holder: pg.Client | null = null;
const opened: DataSource[] = [];

afterEach(async () => {
  await holder?.end();
  holder = null;
  for (const dataSource of opened.splice(0)) await dataSource.destroy();
});

/** The test database's URL with `schema` (made here) as the search path: a second hcdm database in the same server database. */
async function schemaOf(url: string, schema: string): Promise<string> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const target = new URL(url);
  target.searchParams.set('options', `-c search_path=${schema}`);
  return target.toString();
}

async function openOn(url: string): Promise<DataSource> {
  const dataSource = await new DataSource({ type: 'postgres', url, migrations: [MakeTable1700000000000] }).initialize();
  opened.push(dataSource);
  return dataSource;
}

/** Whether `work` is done within `ms`. */
async function doneWithin(work: Promise<unknown>, ms: number): Promise<boolean> {
  return Promise.race([work.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms))]);
}

describeOnPostgres('runMigrationsInTurn', () => {
  it('takes turns per schema: migrations of one wait while another program runs them there, not those of another schema', async () => {
    const url = await createTestDatabase();
    const [first, second] = [await schemaOf(url, 'first_db'), await schemaOf(url, 'second_db')];
    // Another program running the first schema's migrations: it holds that schema's turn.
    holder = new pg.Client({ connectionString: first });
    await holder.connect();
    await holder.query(`SELECT pg_advisory_lock(${MIGRATION_LOCK_KEY})`);

    const inSecond = runMigrationsInTurn(await openOn(second));
    const inFirst = runMigrationsInTurn(await openOn(first));
    // With one key per server database the second schema's waited too.
    expect(await doneWithin(inSecond, 10_000)).toBe(true);
    expect(await doneWithin(inFirst, 1_000)).toBe(false);
    await holder.query(`SELECT pg_advisory_unlock(${MIGRATION_LOCK_KEY})`);
    expect(await doneWithin(inFirst, 10_000)).toBe(true);
    const made = (await opened[0]!.query(`SELECT table_schema AS schema FROM information_schema.tables WHERE table_name = 'made_by_migration' ORDER BY 1`)) as unknown[];
    expect(made).toEqual([{ schema: 'first_db' }, { schema: 'second_db' }]);
  });
});
