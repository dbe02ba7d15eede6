import { CoreSchema1764000000001, createHcdmDataSource, dialectOf } from '@hcdm/core';
import { createTestDatabase, describeEachDatabase } from '@hcdm/test-utils';
import type { DataSource } from 'typeorm';
import { afterEach, expect, it } from 'vitest';
import { CoveringAttributionIndexes1764000000004 } from './1764000000004-covering-attribution-indexes.js';
import { TelecomSchema1764000000003 } from './1764000000003-telecom-schema.js';
import { RecordTrackingNumber1764000000021 } from './1764000000021-record-tracking-number.js';
import { RecordAgent1764000000031 } from './1764000000031-record-agent.js';
import { CallOutcomes1764000000032 } from './1764000000032-call-outcomes.js';

const BEFORE = [CoreSchema1764000000001, TelecomSchema1764000000003, CoveringAttributionIndexes1764000000004, RecordTrackingNumber1764000000021, RecordAgent1764000000031];

let dataSource: DataSource;
afterEach(async () => {
  if (dataSource?.isInitialized) await dataSource.destroy();
});

async function open(database: string, migrations: readonly (typeof CoreSchema1764000000001 | typeof CallOutcomes1764000000032)[]): Promise<DataSource> {
  if (dataSource?.isInitialized) await dataSource.destroy();
  dataSource = createHcdmDataSource({ database, entities: [], migrations: [...migrations] });
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'all' });
  return dataSource;
}

/** A database at the schema before call outcomes, holding two calls with every column filled. */
async function databaseBefore(): Promise<string> {
  const database = await createTestDatabase();
  const db = await open(database, BEFORE);
  await db.query(`INSERT INTO customers (customer_id, name, phone) VALUES ('C1', 'Ann', '+919876543210')`);
  await db.query(`INSERT INTO calls (call_id, customer_id, occurred_at, duration_seconds, direction, status, property_id, attributed_lead_id, attributed_property_id, tracking_number, agent)
    VALUES ('K1', 'C1', 1772359200000, 75, 'outbound', 'answered', 'P1', 'L1', 'P1', '+912240001111', 'Anita'),
           ('K2', 'C1', 1772445600000, 0, 'inbound', 'missed', NULL, NULL, NULL, NULL, NULL)`);
  return database;
}

const CALLS = 'SELECT * FROM calls ORDER BY call_id';
const K1 = {
  call_id: 'K1',
  customer_id: 'C1',
  occurred_at: 1772359200000,
  duration_seconds: 75,
  direction: 'outbound',
  status: 'answered',
  property_id: 'P1',
  attributed_lead_id: 'L1',
  attributed_property_id: 'P1',
  tracking_number: '+912240001111',
  agent: 'Anita',
};
const K2 = { ...K1, call_id: 'K2', occurred_at: 1772445600000, duration_seconds: 0, direction: 'inbound', status: 'missed' };
const K2_EMPTY = { ...K2, property_id: null, attributed_lead_id: null, attributed_property_id: null, tracking_number: null, agent: null };

async function indexesOfCalls(db: DataSource): Promise<string[]> {
  const sql =
    dialectOf(db).name === 'sqlite'
      ? `SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'calls' AND sql IS NOT NULL ORDER BY name`
      : `SELECT indexname AS name FROM pg_indexes WHERE schemaname = current_schema() AND tablename = 'calls' AND indexname <> 'calls_pkey' ORDER BY 1`;
  return ((await db.query(sql)) as { name: string }[]).map((row) => row.name);
}

async function refusal(db: DataSource, status: string): Promise<string | null> {
  const id = `Z-${status}`;
  return db
    .query(`INSERT INTO calls (call_id, customer_id, occurred_at, duration_seconds, status) VALUES ('${id}', 'C1', 1, 0, '${status}')`)
    .then(() => null)
    .catch((error: unknown) => (/check/i.test(String(error)) ? 'check' : String(error)));
}

describeEachDatabase('CallOutcomes1764000000032', () => {
  it('lets calls end in voicemail, busy or failed, keeping every row, column (in order) and index', async () => {
    const database = await databaseBefore();
    const indexesBefore = await indexesOfCalls(dataSource);
    expect(await refusal(dataSource, 'voicemail')).toBe('check');
    const db = await open(database, [...BEFORE, CallOutcomes1764000000032]);
    expect(await db.query(CALLS)).toEqual([K1, K2_EMPTY]);
    expect(await indexesOfCalls(db)).toEqual(indexesBefore);
    expect(indexesBefore).toEqual(['idx_calls_agent', 'idx_calls_customer_time', 'idx_calls_lead', 'idx_calls_listing', 'idx_calls_time']);
    for (const status of ['voicemail', 'busy', 'failed']) expect(await refusal(db, status)).toBeNull();
    expect(await refusal(db, 'sideways')).toBe('check');
    // The foreign key to customers stays: a call of no customer is still refused.
    await expect(db.query(`INSERT INTO calls (call_id, customer_id, occurred_at, duration_seconds) VALUES ('Z9', 'C9', 1, 0)`)).rejects.toThrow();
  });

  it('undoes to answered or missed, a call that ended otherwise becoming missed', async () => {
    const database = await databaseBefore();
    const db = await open(database, [...BEFORE, CallOutcomes1764000000032]);
    await db.query(`UPDATE calls SET status = 'voicemail' WHERE call_id = 'K2'`);
    await db.undoLastMigration({ transaction: 'all' });
    expect(await db.query(CALLS)).toEqual([K1, K2_EMPTY]);
    expect(await refusal(db, 'voicemail')).toBe('check');
  });
}, { citus: true });
