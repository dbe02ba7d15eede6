import { statSync } from 'node:fs';
import { join } from 'node:path';
import { writeSample } from '@hcdm/sample';
import { makeTempDir } from '@hcdm/test-utils';
import { describe, expect, it } from 'vitest';
import { refreshAttribution } from '@hcdm/attribution';
import { openDatabase } from '../hcdm-database.js';

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

/** openDatabase of the built package (`dist`), whose imports do start the parsing worker. */
async function compiledOpenDatabase(): Promise<typeof openDatabase> {
  const compiled = (await import(new URL('../../dist/index.js', import.meta.url).href)) as { openDatabase: typeof openDatabase };
  return compiled.openDatabase;
}

describe('attribution: in-memory at import and SQL refresh agree', () => {
  const sizeOf = (exports: string, kind: string) => statSync(join(exports, `${kind}.csv`)).size;
  // The worker runs from the built package only (it starts from the file beside its client).
  it.each([
    { where: 'in the main thread', build: false, workerMinBytesOf: () => Number.MAX_SAFE_INTEGER },
    { where: 'in the parse worker', build: true, workerMinBytesOf: () => 0 },
    // The worker's copy of the lead table and this thread's must both stay whole.
    { where: 'calls in the parse worker, SMS in the main thread', build: true, workerMinBytesOf: (exports: string) => sizeOf(exports, 'calls') },
  ])('for every call and SMS of a sample, parsed $where', async ({ build, workerMinBytesOf }) => {
    const dir = makeTempDir();
    const exports = join(dir, 'exports');
    await writeSample(exports, SAMPLE);
    expect(sizeOf(exports, 'sms')).toBeLessThan(sizeOf(exports, 'calls'));
    const open = build ? await compiledOpenDatabase() : openDatabase;
    const db = await open({ database: join(dir, 'crm.sqlite') });
    const both = async () => ({ calls: await attributed(db, 'calls', 'call_id'), sms: await attributed(db, 'sms', 'sms_id') });
    let atImport: Awaited<ReturnType<typeof both>>;
    let bySql: typeof atImport;
    try {
      await db.import([exports], { workerMinBytes: workerMinBytesOf(exports) });
      atImport = await both();
      await db.dataSource.query('UPDATE calls SET attributed_lead_id = NULL, attributed_property_id = NULL');
      await db.dataSource.query('UPDATE sms SET attributed_lead_id = NULL, attributed_property_id = NULL');
      await refreshAttribution(db.dataSource.manager, { kind: 'all' });
      bySql = await both();
    } finally {
      await db.close();
    }

    expect(atImport.calls).toHaveLength(SAMPLE.calls);
    expect(atImport.calls.some((row: { lead: string | null }) => row.lead === null)).toBe(true);
    expect(atImport).toEqual(bySql);
  });
});
