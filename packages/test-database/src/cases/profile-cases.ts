import { markDataChanged } from '@hcdm/core';
import { CallRecord, SmsRecord, type CallStatus, type Direction } from '@hcdm/telecom';
import { insertRows, type Fixture, type TempDatabase } from '../test-database.js';

type Call = readonly [id: string, customerId: string, at: string, direction: Direction, status: CallStatus, seconds: number, tag?: string];
type Sms = readonly [id: string, customerId: string, at: string, direction: Direction, length: number];

/**
 * One customer (C1) with two leads, worked by hand; C2's records must stay out of C1's profile.
 * "now" is the latest timestamp in the data: 2026-03-15T00:00Z (S3, KX). Attribution:
 *
 * LA (P1, 03-01): K1 150 s, K2 150 s, K3 0 s (03-04), K5 0 s (03-13, tagged P1), S1 (03-05)
 *   4 calls, 300 s, 1 SMS, last 03-13 (2 days): 30×(1 − 2^(−4/3)) = 18.09 -> 18.1;
 *   20×(1 − 2^(−1/3)) = 4.13 -> 4.1; 20×0.5 = 10; 30×0.5^(2/14) = 27.17 -> 27.2: 59.4 warm
 * LB (P2, 03-10): K4 300 s (03-12), S2 (03-10, the lead's own instant), S3 (03-15)
 *   1 call, 300 s, 2 SMS, last 03-15 (0 days): 6.19 -> 6.2; 20×(1 − 2^(−2/3)) = 7.40 -> 7.4; 10; 30: 53.6 warm
 */
export const PROFILE_PEOPLE: Fixture = {
  customers: [
    ['C1', 'Asha Rao', '+919800000001'],
    ['C2', 'Bala Nair', '+919800000002'],
  ],
  listings: [
    ['P1', '2BHK Andheri', 'Mumbai', 100],
    ['P2', 'Villa Whitefield', 'Bengaluru', 300],
  ],
  leads: [
    ['LA', 'C1', 'P1', '2026-03-01T00:00:00Z'],
    ['LB', 'C1', 'P2', '2026-03-10T00:00:00Z'],
    ['LX', 'C2', 'P1', '2026-03-05T00:00:00Z'],
  ],
};

export const PROFILE_CALLS: readonly Call[] = [
  ['K1', 'C1', '2026-03-02T00:00:00Z', 'inbound', 'answered', 150],
  ['K2', 'C1', '2026-03-03T00:00:00Z', 'inbound', 'answered', 150],
  ['K3', 'C1', '2026-03-04T00:00:00Z', 'outbound', 'missed', 0],
  ['K4', 'C1', '2026-03-12T00:00:00Z', 'inbound', 'answered', 300],
  ['K5', 'C1', '2026-03-13T00:00:00Z', 'inbound', 'missed', 0, 'P1'], // tagged: LA, not the latest lead LB
  ['KX', 'C2', '2026-03-15T00:00:00Z', 'inbound', 'answered', 60],
];

export const PROFILE_SMS: readonly Sms[] = [
  ['S1', 'C1', '2026-03-05T00:00:00Z', 'inbound', 42],
  ['S2', 'C1', '2026-03-10T00:00:00Z', 'outbound', 120],
  ['S3', 'C1', '2026-03-15T00:00:00Z', 'inbound', 15],
  ['SX', 'C2', '2026-03-06T00:00:00Z', 'inbound', 10],
];

/** Inserts the profile cases with every call's direction, status and seconds and every SMS's length, unattributed. */
export async function insertProfileRows(db: Pick<TempDatabase, 'dataSource'>): Promise<void> {
  await insertRows(db, PROFILE_PEOPLE);
  const manager = db.dataSource.manager;
  const callRows = PROFILE_CALLS.map(([callId, customerId, at, direction, status, durationSeconds, tag]) => ({
    callId,
    customerId,
    occurredAt: new Date(at),
    durationSeconds,
    direction,
    status,
    propertyId: tag ?? null,
  }));
  const smsRows = PROFILE_SMS.map(([smsId, customerId, at, direction, messageLength]) => ({
    smsId,
    customerId,
    occurredAt: new Date(at),
    messageLength,
    direction,
    propertyId: null,
  }));
  await manager.getRepository(CallRecord).save(callRows);
  await manager.getRepository(SmsRecord).save(smsRows);
  // Rows written behind the import's back: what the analyses precomputed is stale, as after an import.
  await markDataChanged(db.dataSource.manager);
}
