import { markDataChanged } from '@hcdm/core';
import { CallRecord, SmsRecord, type CallStatus, type Direction } from '@hcdm/telecom';
import { insertRows, type Fixture, type TempDatabase } from './test-database.js';

/** A fixture whose calls and SMS spell out their direction (and calls their status). */
export interface DirectedFixture extends Omit<Fixture, 'calls' | 'sms'> {
  readonly calls?: readonly (readonly [id: string, customerId: string, at: string, direction: Direction, status: CallStatus, agent?: string])[];
  readonly sms?: readonly (readonly [id: string, customerId: string, at: string, direction: Direction, agent?: string])[];
}

/** Inserts customers, listings and leads as insertRows does, then the directed calls and SMS, unattributed. */
export async function insertDirectedRows(db: Pick<TempDatabase, 'dataSource'>, fixture: DirectedFixture): Promise<void> {
  const { calls = [], sms = [], ...rest } = fixture;
  await insertRows(db, rest);
  const manager = db.dataSource.manager;
  const callRows = calls.map(([callId, customerId, at, direction, status, agent]) => ({
    callId,
    customerId,
    occurredAt: new Date(at),
    durationSeconds: status === 'answered' ? 60 : 0,
    direction,
    status,
    propertyId: null,
    agent: agent ?? null,
  }));
  const smsRows = sms.map(([smsId, customerId, at, direction, agent]) => ({
    smsId,
    customerId,
    occurredAt: new Date(at),
    messageLength: 20,
    direction,
    propertyId: null,
    agent: agent ?? null,
  }));
  await manager.getRepository(CallRecord).save(callRows, { chunk: 200 });
  await manager.getRepository(SmsRecord).save(smsRows, { chunk: 200 });
  // Rows written behind the import's back: what the analyses precomputed is stale, as after an import.
  await markDataChanged(db.dataSource.manager);
}
