import { join } from 'node:path';
import { createTestDatabase, describeOnPostgres, makeTempDir, writeFiles } from '@hcdm/test-utils';
import { expect, it } from 'vitest';
import { openDatabase, type HcdmDatabase } from './hcdm-database.js';

const CUSTOMERS = 'customer_id,name,phone';
const CALLS = 'call_id,customer_id,timestamp,duration';
const SMS = 'sms_id,customer_id,timestamp,message_length';
const LEADS = 'lead_id,customer_id,property_id,timestamp';

/** Two imports that overlap: X's C1 and K3 are Y's with other values. */
const X = {
  'customers.csv': `${CUSTOMERS}\nC1,Asha Rao,9800000001\nC2,Bala Nair,9800000002\n`,
  'calls.csv': `${CALLS}\nK1,C1,2026-03-01T10:00:00Z,10\nK2,C2,2026-03-02T10:00:00Z,20\nK3,C1,2026-03-03T10:00:00Z,30\n`,
};
const Y = {
  'customers.csv': `${CUSTOMERS}\nC1,Asha R.,9800000001\nC3,Chitra Das,9800000003\n`,
  'calls.csv': `${CALLS}\nK3,C1,2026-03-03T10:00:00Z,35\nK4,C3,2026-03-04T10:00:00Z,40\n`,
};
const counts = (inserted: number, updated: number, unchanged = 0) => ({ inserted, updated, unchanged, rejected: 0 });

/** Each import's customer and call counts, and the rows left, for either order (worked out by hand). */
const X_THEN_Y = {
  x: { customers: counts(2, 0), calls: counts(3, 0) },
  y: { customers: counts(1, 1), calls: counts(1, 1) },
  rows: [['C1', 'Asha R.'], ['C2', 'Bala Nair'], ['C3', 'Chitra Das'], ['K1', 10], ['K2', 20], ['K3', 35], ['K4', 40]],
};
const Y_THEN_X = {
  x: { customers: counts(1, 1), calls: counts(2, 1) },
  y: { customers: counts(2, 0), calls: counts(2, 0) },
  rows: [['C1', 'Asha Rao'], ['C2', 'Bala Nair'], ['C3', 'Chitra Das'], ['K1', 10], ['K2', 20], ['K3', 30], ['K4', 40]],
};

async function rows(db: HcdmDatabase): Promise<unknown[][]> {
  const customers: { id: string; value: string }[] = await db.dataSource.query('SELECT customer_id AS id, name AS value FROM customers ORDER BY 1');
  const calls: { id: string; value: number }[] = await db.dataSource.query('SELECT call_id AS id, duration_seconds AS value FROM calls ORDER BY 1');
  return [...customers, ...calls].map((row) => [row.id, row.value]);
}

/** The first backend of this database that waits for a lock, polled until there is one. */
async function waitForLockWait(db: HcdmDatabase): Promise<void> {
  for (let tries = 0; tries < 200; tries += 1) {
    const waiting: unknown[] = await db.dataSource.query(
      `SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
    );
    if (waiting.length > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('no import came to wait for the lock');
}

describeOnPostgres('imports and queries at the same time', () => {
  it('two imports at once take turns: each all or nothing, their counts those of one order', async () => {
    const database = await createTestDatabase();
    const dir = makeTempDir();
    writeFiles(join(dir, 'x'), X);
    writeFiles(join(dir, 'y'), Y);
    const [a, b] = [await openDatabase({ database }), await openDatabase({ database })];
    const [x, y] = await Promise.all([a.import([join(dir, 'x')]), b.import([join(dir, 'y')])]);
    const left = await rows(a);
    await Promise.all([a.close(), b.close()]);
    const seen = { x: { customers: x.kinds.customers, calls: x.kinds.calls }, y: { customers: y.kinds.customers, calls: y.kinds.calls }, rows: left };
    expect([X_THEN_Y, Y_THEN_X]).toContainEqual(seen);
  });

  it('a query during an import sees the data as it was; after the commit, all of the import', async () => {
    const database = await createTestDatabase();
    const dir = makeTempDir();
    writeFiles(join(dir, 'base'), {
      'customers.csv': `${CUSTOMERS}\nC1,Asha Rao,9800000001\n`,
      'listings.csv': 'property_id,title,location,price\nP1,Sea View,Bandra,100\n',
      'leads.csv': `${LEADS}\nL1,C1,P1,2026-03-01T00:00:00Z\n`,
      'calls.csv': `${CALLS}\nK1,C1,2026-03-02T10:00:00Z,10\nK2,C1,2026-03-03T10:00:00Z,20\n`,
      'sms.csv': `${SMS}\nS1,C1,2026-03-02T11:00:00Z,5\n`,
    });
    writeFiles(join(dir, 'more'), {
      'calls.csv': `${CALLS}\nK3,C1,2026-03-04T10:00:00Z,30\nK4,C1,2026-03-05T10:00:00Z,40\n`,
      'sms.csv': `${SMS}\nS1,C1,2026-03-02T11:00:00Z,6\nS2,C1,2026-03-05T11:00:00Z,5\n`,
    });
    const [importer, reader, holder] = [await openDatabase({ database }), await openDatabase({ database }), await openDatabase({ database })];
    await importer.import([join(dir, 'base')]);
    // Another session holds the row of S1, which the import updates last: it stops there, its calls written, nothing committed.
    const lock = holder.dataSource.createQueryRunner();
    await lock.startTransaction();
    await lock.query(`SELECT sms_id FROM sms WHERE sms_id = 'S1' FOR UPDATE`);
    const importing = importer.import([join(dir, 'more')]);
    await waitForLockWait(reader);
    const during = (await reader.query('show customer activity summary for C1')).rows[0];
    await lock.commitTransaction();
    await lock.release();
    await importing;
    const after = (await reader.query('show customer activity summary for C1')).rows[0];
    await Promise.all([importer.close(), reader.close(), holder.close()]);
    expect({ during, after }).toMatchObject({
      during: { calls: 2, callSeconds: 30, sms: 1 },
      after: { calls: 4, callSeconds: 100, sms: 2 },
    });
  });
});
