import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { dialectOf, markDataChanged } from '@hcdm/core';
import { createTestDatabase, describeOnCitus, makeTempDir, writeFiles } from '@hcdm/test-utils';
import { expect, it } from 'vitest';
import { openDatabase, type HcdmDatabase } from './hcdm-database.js';

/** One customer with a lead on a listing, and one call. */
const EXPORTS = {
  'customers.csv': 'customer_id,name,phone\nC1,Asha Rao,9800000001\n',
  'listings.csv': 'property_id,title,location,price\nP1,Flat,Baner,100\n',
  'leads.csv': 'lead_id,customer_id,property_id,timestamp\nL1,C1,P1,2026-03-01T09:00:00Z\n',
  'calls.csv': 'call_id,customer_id,timestamp,duration\nK1,C1,2026-03-01T10:00:00Z,10\n',
};

/**
 * The test's database, its connections named (application_name) so that the test can find its
 * own among the cluster's: other test files wait for the same turn in their own schemas.
 */
async function namedDatabase(): Promise<{ db: HcdmDatabase; name: string }> {
  const url = new URL(await createTestDatabase());
  const name = `hcdm_turn_${randomBytes(4).toString('hex')}`;
  url.searchParams.set('application_name', name);
  return { db: await openDatabase({ database: url.toString() }), name };
}

/**
 * The tables of the test's schema that a connection of `name`, waiting for an advisory lock (the
 * layout turn), holds whole (AccessExclusiveLock), once one waits; waits for one to wait.
 */
async function lockedWhileWaiting(db: HcdmDatabase, name: string): Promise<string[]> {
  for (let tries = 0; tries < 600; tries += 1) {
    const waiting = (await db.dataSource.query(
      `SELECT pid FROM pg_stat_activity WHERE application_name = $1 AND wait_event_type = 'Lock' AND wait_event = 'advisory'`,
      [name],
    )) as { pid: number }[];
    if (waiting.length === 1) {
      const held = (await db.dataSource.query(
        `SELECT DISTINCT c.relname::text AS name FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
           WHERE l.pid = $1 AND l.granted AND l.mode = 'AccessExclusiveLock' AND c.relnamespace = current_schema()::regnamespace
           ORDER BY 1`,
        [waiting[0]!.pid],
      )) as { name: string }[];
      return held.map((row) => row.name);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`no connection named ${name} waited for the layout turn`);
}

/**
 * Another program's turn: on Citus, the advisory lock a migration or a schema's drop holds while
 * it lays tables out, in a transaction of its own until `release`.
 */
async function holdLayoutTurn(db: HcdmDatabase): Promise<{ release(): Promise<void> }> {
  const runner = db.dataSource.createQueryRunner();
  await runner.startTransaction();
  await dialectOf(db.dataSource.manager).takeLayoutTurn(runner);
  return {
    release: async () => {
      await runner.commitTransaction();
      await runner.release();
    },
  };
}

// A transaction that locks one of its tables whole and then waits for the layout turn can
// deadlock with the turn's holder: every copied table is in one colocation group, and Citus's
// create_reference_table reads one of the group's tables, perhaps this schema's. So a transaction
// that will lay tables out waits for the turn before it locks any table whole.
describeOnCitus('the layout turn', () => {
  it('is what a first import waits for before it drops any index, and once given the import completes', async () => {
    const { db, name } = await namedDatabase();
    const folder = join(makeTempDir(), 'exports');
    writeFiles(folder, EXPORTS);
    try {
      const turn = await holdLayoutTurn(db);
      const importing = db.import([folder]);
      let held: string[];
      try {
        held = await lockedWhileWaiting(db, name);
      } finally {
        await turn.release();
      }
      await importing;
      // Before the mend the import waited at its precomputed tables' placement, holding
      // customers, leads, listings and the rest whole from its index drops.
      expect(held).toEqual([]);
      expect((await db.query('show top 5 leads by call volume')).rows.map((row) => [row.leadId, row.callCount])).toEqual([['L1', 1]]);
    } finally {
      await db.close();
    }
  });

  it('is what a rebuild of the precomputed tables waits for before it drops them', async () => {
    const { db, name } = await namedDatabase();
    const folder = join(makeTempDir(), 'exports');
    writeFiles(folder, EXPORTS);
    try {
      await db.import([folder]);
      // As if another program had written: the next query rebuilds the precomputed tables.
      await db.dataSource.transaction((tx) => markDataChanged(tx));
      const turn = await holdLayoutTurn(db);
      const querying = db.query('show top 5 leads by call volume');
      let held: string[];
      try {
        held = await lockedWhileWaiting(db, name);
      } finally {
        await turn.release();
      }
      const answer = await querying;
      // Before the mend the rebuild waited at the placement holding precomputed_lead_activity, dropped.
      expect(held).toEqual([]);
      expect(answer.rows.map((row) => [row.leadId, row.callCount])).toEqual([['L1', 1]]);
    } finally {
      await db.close();
    }
  });
});
