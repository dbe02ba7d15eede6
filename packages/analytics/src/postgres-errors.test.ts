import { HcdmError } from '@hcdm/core';
import { createTestDatabase, describeOnPostgres } from '@hcdm/test-utils';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './hcdm-database.js';
import { mapPostgresError } from '@hcdm/core';

/** The URL with one part changed, as a user might mistype it. */
function changed(url: string, change: (url: URL) => void): string {
  const copy = new URL(url);
  change(copy);
  return copy.toString();
}

async function openFailure(database: string): Promise<unknown> {
  return openDatabase({ database }).then(
    async (db) => {
      await db.close();
      throw new Error('expected the database not to open');
    },
    (error: unknown) => error,
  );
}

describe('a PostgreSQL server that cannot be reached', () => {
  it('is one line naming the URL without its password: DATABASE_UNAVAILABLE', async () => {
    // Port 1 on loopback: nothing listens there, and the refusal is immediate.
    const error = await openFailure('postgres://ana:s3cret-pw@127.0.0.1:1/crm');
    expect(error).toBeInstanceOf(HcdmError);
    expect(error).toMatchObject({
      code: 'DATABASE_UNAVAILABLE',
      message: 'postgres://ana:***@127.0.0.1:1/crm: cannot connect: nothing answers at that host and port (is the server running?)',
    });
  });
});

describeOnPostgres('PostgreSQL connection failures', () => {
  it('a wrong password: one line, and the password nowhere in it', async () => {
    const database = changed(await createTestDatabase(), (url) => {
      url.password = 'not-the-password';
    });
    const error = (await openFailure(database)) as HcdmError;
    expect({ code: error.code, message: error.message }).toEqual({
      code: 'DATABASE_UNAVAILABLE',
      message: `${changed(database, (url) => (url.password = '***'))}: the server refused the user name or password`,
    });
    expect(error.message).not.toContain('not-the-password');
  });

  it('a database the server does not have', async () => {
    const database = changed(await createTestDatabase(), (url) => {
      url.pathname = `${url.pathname}_missing`;
    });
    const error = (await openFailure(database)) as HcdmError;
    expect(error).toMatchObject({ code: 'DATABASE_UNAVAILABLE' });
    expect(error.message).toMatch(/_missing: the server has no such database \(create it first, e\.g\. with createdb\)$/);
  });

  it('a lock another session holds, past the lock timeout: DATABASE_BUSY', async () => {
    const database = await createTestDatabase();
    const [holder, waiter] = [await openDatabase({ database }), await openDatabase({ database })];
    const runner = holder.dataSource.createQueryRunner();
    await runner.startTransaction();
    await runner.query('LOCK TABLE listings IN ACCESS EXCLUSIVE MODE');
    const error = await waiter.dataSource
      .transaction(async (manager) => {
        await manager.query(`SET LOCAL lock_timeout = '50ms'`);
        await manager.query('SELECT COUNT(*) FROM listings');
      })
      .catch((e: unknown) => e);
    await runner.rollbackTransaction();
    await runner.release();
    await Promise.all([holder.close(), waiter.close()]);
    expect(mapPostgresError(error, database)).toMatchObject({ code: 'DATABASE_BUSY' });
  });
});
