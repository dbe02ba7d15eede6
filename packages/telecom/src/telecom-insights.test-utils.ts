import { CoreSchema1764000000001, createHcdmDataSource, Customer, DistributedTables1764000000040, runMigrationsOnce } from '@hcdm/core';
import { createTestDatabase } from '@hcdm/test-utils';
import type { DataSource } from 'typeorm';
import { CallRecord } from './call-record.entity.js';
import type { CallStatus } from './call-status.js';
import type { Direction } from './direction.js';
import { CoveringAttributionIndexes1764000000004 } from './migrations/1764000000004-covering-attribution-indexes.js';
import { TelecomSchema1764000000003 } from './migrations/1764000000003-telecom-schema.js';
import { RecordTrackingNumber1764000000021 } from './migrations/1764000000021-record-tracking-number.js';
import { RecordAgent1764000000031 } from './migrations/1764000000031-record-agent.js';
import { CallOutcomes1764000000032 } from './migrations/1764000000032-call-outcomes.js';
import { SmsRecord } from './sms-record.entity.js';

/** The telecom tables alone in a fresh test database, with customers C1 (Ann) and C2 (Bob). */
export async function openTelecomDb(): Promise<DataSource> {
  const dataSource = createHcdmDataSource({
    database: await createTestDatabase(),
    entities: [Customer, CallRecord, SmsRecord],
    migrations: [CoreSchema1764000000001, TelecomSchema1764000000003, CoveringAttributionIndexes1764000000004, RecordTrackingNumber1764000000021, RecordAgent1764000000031, CallOutcomes1764000000032, DistributedTables1764000000040],
  });
  await dataSource.initialize();
  await runMigrationsOnce(dataSource);
  await dataSource.manager.getRepository(Customer).save([
    { customerId: 'C1', name: 'Ann', phone: '+919876543210' },
    { customerId: 'C2', name: 'Bob', phone: '+919876543211' },
  ]);
  return dataSource;
}

/**
 * Calls and SMS written compactly: instants as ISO text, direction and status spelled out, the
 * agent last (none when left out). An answered call lasts 60 s, any other 0 s.
 */
export interface TelecomFixture {
  readonly customers?: readonly (readonly [id: string, name: string, phone: string])[];
  readonly calls?: readonly (readonly [id: string, customerId: string, at: string, direction: Direction, status: CallStatus, agent?: string])[];
  readonly sms?: readonly (readonly [id: string, customerId: string, at: string, direction: Direction, agent?: string])[];
}

/** Inserts the fixture through the entities' repositories (customers C1 and C2 already exist). */
export async function insertTelecomFixture(dataSource: DataSource, fixture: TelecomFixture): Promise<void> {
  const manager = dataSource.manager;
  await manager.getRepository(Customer).save((fixture.customers ?? []).map(([customerId, name, phone]) => ({ customerId, name, phone })));
  const calls = (fixture.calls ?? []).map(([callId, customerId, at, direction, status, agent]) => ({
    callId,
    customerId,
    occurredAt: new Date(at),
    durationSeconds: status === 'answered' ? 60 : 0,
    direction,
    status,
    propertyId: null,
    agent: agent ?? null,
  }));
  const sms = (fixture.sms ?? []).map(([smsId, customerId, at, direction, agent]) => ({
    smsId,
    customerId,
    occurredAt: new Date(at),
    messageLength: 20,
    direction,
    propertyId: null,
    agent: agent ?? null,
  }));
  await manager.getRepository(CallRecord).save(calls);
  await manager.getRepository(SmsRecord).save(sms);
}
