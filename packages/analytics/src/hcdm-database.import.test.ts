import { join } from 'node:path';
import { makeTempDir, writeFiles } from '@hcdm/test-utils';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './hcdm-database.js';
import { BASE_CSV } from '@hcdm/test-database';

describe('HcdmDatabase as a library (DOMAIN.md "from another program")', () => {
  it('imports a folder and answers the seed command over it', async () => {
    const dir = makeTempDir();
    writeFiles(join(dir, 'exports'), BASE_CSV);
    const db = await openDatabase({ database: join(dir, 'crm.sqlite') });
    const summary = await db.import([join(dir, 'exports')]);
    expect(summary.kinds.calls).toEqual({ inserted: 5, updated: 0, unchanged: 0, rejected: 0 });

    const result = await db.query('show top 5 leads by call volume');
    // K1, K3 (older than every lead) and K4 (tagged P1) go to L1; K2 to L2; K5's customer has no lead.
    expect(result.rows).toEqual([
      { leadId: 'L1', customerId: 'C1', name: 'Priya Sharma', phone: '+919876543210', propertyId: 'P1', callCount: 3 },
      { leadId: 'L2', customerId: 'C1', name: 'Priya Sharma', phone: '+919876543210', propertyId: 'P2', callCount: 1 },
    ]);
    await db.close();
  });

  it('reads timestamps without an offset in the database settings zone', async () => {
    const dir = makeTempDir();
    const [customers, calls] = writeFiles(dir, {
      'customers.csv': 'customer_id,name,phone\nC1,Asha Rao,9876543210',
      'calls.csv': 'call_id,customer_id,timestamp,duration\nK1,C1,2026-03-01 10:00:00,60',
    });
    const db = await openDatabase({ database: join(dir, 'crm.sqlite'), settings: { timeZone: 'Asia/Kolkata' } });
    await db.import([customers!, calls!]);
    const result = await db.query('show customer activity summary for C1');
    expect(result.rows[0]).toMatchObject({ calls: 1, firstContact: '2026-03-01T10:00:00.000+05:30' });
    await db.close();
  });

  it('refuses a call dated in year 9999, so "now" and the last 30 days stay where the data is', async () => {
    const dir = makeTempDir();
    writeFiles(join(dir, 'exports'), BASE_CSV);
    const [late] = writeFiles(join(dir, 'late'), {
      'calls.csv': 'call_id,customer_id,timestamp,duration\nK99,C1,9999-12-31T23:59:59Z,60\n',
    });
    const db = await openDatabase({ database: join(dir, 'crm.sqlite') });
    await db.import([join(dir, 'exports')]);
    const before = await db.query('show top 5 leads by call volume in last 30 days');
    const summary = await db.import([late!], { skipInvalid: true, rejectsPath: join(dir, 'rejects.csv') });
    expect(summary.problems).toEqual([
      { file: late, line: 2, field: 'timestamp', reason: 'is in the future', value: '9999-12-31T23:59:59Z' },
    ]);
    expect((await db.query('show top 5 leads by call volume in last 30 days')).rows).toEqual(before.rows);
    await db.close();
  });
});
