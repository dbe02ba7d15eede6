import { createHcdmDataSource, databaseLabel } from '@hcdm/core';
import { describeEachDatabase } from '@hcdm/test-utils';
import { afterEach, expect, it } from 'vitest';
import type { DataSource, QueryRunner } from 'typeorm';
import { hcdmEntities, hcdmMigrations } from '@hcdm/schema';
import { claimImportTurn } from './import-turn.js';
import { openImportFixture, type ImportFixture } from './import-data.test-utils.js';

const CUSTOMERS = { 'customers.csv': 'customer_id,name,phone\nC1,Asha Rao,9800000001\n' };

let fixture: ImportFixture;
let neighbour: ImportFixture | undefined;
let other: DataSource;
afterEach(async () => {
  if (neighbour?.dataSource.isInitialized) await neighbour.dataSource.destroy();
  neighbour = undefined;
  if (other?.isInitialized) await other.destroy();
  if (fixture?.dataSource.isInitialized) await fixture.dataSource.destroy();
});

/** Another import's transaction, holding the turn until it commits. */
async function anotherImportWriting(database: string): Promise<QueryRunner> {
  other = createHcdmDataSource({ database, entities: hcdmEntities, migrations: hcdmMigrations });
  await other.initialize();
  const runner = other.createQueryRunner();
  await runner.startTransaction();
  await claimImportTurn(runner.manager, {});
  return runner;
}

async function customerCount(): Promise<number> {
  const [{ n }] = (await fixture.dataSource.query('SELECT COUNT(*) AS n FROM customers')) as [{ n: number }];
  return Number(n);
}

describeEachDatabase('an import while another writes', () => {
  it('says it waits, once, and goes on when the other commits', async () => {
    fixture = await openImportFixture();
    const holder = await anotherImportWriting(fixture.database);
    let waits = 0;
    const summary = await fixture.run(fixture.write(CUSTOMERS), {
      onWaiting: () => {
        waits += 1;
        setTimeout(() => void holder.commitTransaction().then(() => holder.release()), 300);
      },
    });
    expect({ waits, customers: summary.kinds.customers.inserted, stored: await customerCount() }).toEqual({ waits: 1, customers: 1, stored: 1 });
  });

  it('gives up after waitSeconds with DATABASE_BUSY naming the database and the wait, writing nothing', async () => {
    fixture = await openImportFixture();
    const holder = await anotherImportWriting(fixture.database);
    let waits = 0;
    const failure = await fixture.run(fixture.write(CUSTOMERS), { waitSeconds: 0.4, onWaiting: () => (waits += 1) }).catch((error: unknown) => error);
    await holder.rollbackTransaction();
    await holder.release();
    expect(failure).toMatchObject({
      code: 'DATABASE_BUSY',
      message: `${databaseLabel(fixture.database)}: is busy: another import was still writing to it after 0.4 s of waiting`,
    });
    expect({ waits, stored: await customerCount() }).toEqual({ waits: 1, stored: 0 });
  });

  it('with waitSeconds 0 gives up at once, without saying it waits', async () => {
    fixture = await openImportFixture();
    const holder = await anotherImportWriting(fixture.database);
    let waits = 0;
    const failure = await fixture.run(fixture.write(CUSTOMERS), { waitSeconds: 0, onWaiting: () => (waits += 1) }).catch((error: unknown) => error);
    await holder.rollbackTransaction();
    await holder.release();
    expect(failure).toMatchObject({ code: 'DATABASE_BUSY', message: `${databaseLabel(fixture.database)}: is busy: another import was still writing to it after 0 s of waiting` });
    expect(waits).toBe(0);
  });

  it('does not wait, or say so, when no other import writes', async () => {
    fixture = await openImportFixture();
    let waits = 0;
    await fixture.run(fixture.write(CUSTOMERS), { waitSeconds: 0, onWaiting: () => (waits += 1) });
    expect({ waits, stored: await customerCount() }).toEqual({ waits: 0, stored: 1 });
  });

  // On Citus the test databases are schemas of one server database, as a user's two hcdm databases
  // in two schemas would be (on PostgreSQL each is a server database of its own, whose advisory
  // locks were apart already): there the lock's key must name the schema.
  it('does not wait for an import writing to another database (on a server: another schema)', async () => {
    neighbour = await openImportFixture();
    const holder = await anotherImportWriting(neighbour.database);
    fixture = await openImportFixture();
    let waits = 0;
    await fixture.run(fixture.write(CUSTOMERS), { waitSeconds: 0, onWaiting: () => (waits += 1) });
    await holder.rollbackTransaction();
    await holder.release();
    expect({ waits, stored: await customerCount() }).toEqual({ waits: 0, stored: 1 });
  });
}, { citus: true });
