import { join } from 'node:path';
import { writeSample } from '@hcdm/sample';
import { makeTempDir } from '@hcdm/test-utils';
import { describe, expect, it } from 'vitest';
import { refreshAttribution } from './attribution.js';
import { openDatabase } from './hcdm-database.js';

/**
 * The attribution rule exists twice for speed: as SQL (refreshAttribution) and in memory
 * (AttributionLookup, applied while the import reads calls and SMS). On varied data (tagged
 * records, records before every lead, customers without leads) both must give the same answer.
 */
const SAMPLE = { seed: 7, customers: 300, listings: 30, leads: 700, calls: 4_000, sms: 3_000 };

async function attributed(db: Awaited<ReturnType<typeof openDatabase>>, table: 'calls' | 'sms', id: string) {
  return db.dataSource.query(
    `SELECT ${id} AS id, attributed_lead_id AS lead, attributed_property_id AS listing FROM ${table} ORDER BY ${id}`,
  );
}

describe('attribution: in-memory at import and SQL refresh agree', () => {
  it.each([
    ['in the main thread', Number.MAX_SAFE_INTEGER],
    ['in the parse worker', 0],
  ])('for every call and SMS of a sample, parsed %s', async (_where, workerMinBytes) => {
    const dir = makeTempDir();
    await writeSample(join(dir, 'exports'), SAMPLE);
    const db = await openDatabase({ database: join(dir, 'crm.sqlite') });
    await db.import([join(dir, 'exports')], { workerMinBytes });
    const atImport = { calls: await attributed(db, 'calls', 'call_id'), sms: await attributed(db, 'sms', 'sms_id') };

    await db.dataSource.query('UPDATE calls SET attributed_lead_id = NULL, attributed_property_id = NULL');
    await db.dataSource.query('UPDATE sms SET attributed_lead_id = NULL, attributed_property_id = NULL');
    await refreshAttribution(db.dataSource.manager, { kind: 'all' });
    const bySql = { calls: await attributed(db, 'calls', 'call_id'), sms: await attributed(db, 'sms', 'sms_id') };
    await db.close();

    expect(atImport.calls).toHaveLength(SAMPLE.calls);
    expect(atImport.calls.some((row: { lead: string | null }) => row.lead === null)).toBe(true);
    expect(atImport).toEqual(bySql);
  });
});
