import { join } from 'node:path';
import { sqliteOf } from '@hcdm/core';
import { makeTempDir, writeFiles } from '@hcdm/test-utils';
import { describe, expect, it } from 'vitest';
import { openDatabase, type HcdmDatabase } from '../hcdm-database.js';

function foreignKeys(db: HcdmDatabase): unknown {
  return sqliteOf(db.dataSource.manager).pragma('foreign_keys', { simple: true });
}

describe('an import turns SQLite foreign key enforcement off for itself only', () => {
  it('is on again after an import that succeeded, and after one that was rejected', async () => {
    const dir = makeTempDir();
    const [customers, calls] = writeFiles(dir, {
      'customers.csv': 'customer_id,name,phone\nC1,Asha Rao,9876543210\n',
      'calls.csv': 'call_id,customer_id,timestamp,duration\nK1,C1,2026-03-01T10:00:00Z,60\nK2,C7,2026-03-01T11:00:00Z,60\n',
    });
    const db = await openDatabase({ database: join(dir, 'crm.sqlite') });
    const before = foreignKeys(db);
    await db.import([customers!]);
    const afterSuccess = foreignKeys(db);
    const rejected = await db.import([calls!]).then(
      () => 'imported',
      (error: Error) => error.message,
    );
    const afterRejection = foreignKeys(db);
    await db.close();
    expect({ before, afterSuccess, afterRejection }).toEqual({ before: 1, afterSuccess: 1, afterRejection: 1 });
    expect(rejected).toContain('calls.csv:3: customer_id: is not a known customer (C7)');
  });

  it('still refuses, through the import, a call of an unknown customer into an empty table (the direct load)', async () => {
    const dir = makeTempDir();
    const [customers, calls] = writeFiles(dir, {
      'customers.csv': 'customer_id,name,phone\nC1,Asha Rao,9876543210\n',
      'calls.csv': 'call_id,customer_id,timestamp,duration\nK1,C2,2026-03-01T10:00:00Z,60\n',
    });
    const db = await openDatabase({ database: join(dir, 'crm.sqlite') });
    await db.import([customers!]);
    const message = await db.import([calls!]).then(
      () => 'imported',
      (error: Error) => error.message,
    );
    const stored = await db.dataSource.query('SELECT COUNT(*) AS n FROM calls');
    await db.close();
    expect({ message, stored }).toEqual({ message: expect.stringContaining('customer_id: is not a known customer (C2)'), stored: [{ n: 0 }] });
  });
});
