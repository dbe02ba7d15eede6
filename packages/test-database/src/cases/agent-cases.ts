import { markDataChanged } from '@hcdm/core';
import { Lead } from '@hcdm/property';
import { CallRecord, SmsRecord, type CallStatus, type Direction } from '@hcdm/telecom';
import { insertRows, type TempDatabase } from '../test-database.js';

type AgentLead = readonly [id: string, customerId: string, at: string, agent: string | null];
type AgentCall = readonly [id: string, customerId: string, at: string, direction: Direction, status: CallStatus, seconds: number, agent: string | null];
type AgentSms = readonly [id: string, customerId: string, at: string, direction: Direction, agent: string | null];

/**
 * A hand-worked fixture for call outcomes and agents: every call's outcome, every missed call's
 * return (24 h window, by anyone) and every lead's first response (the first outbound call or
 * SMS to its customer at or after it) is beside it; the tests' expectations are worked out from
 * these. Agents: Anita (3 leads), Rahul (2 leads), Zoe (one SMS, no lead); some records have none.
 *
 * Per agent, over all time:
 *   Anita  calls K1 O1 K2 O6 K6 = 5, 60 + 90 + 20 + 0 + 0 = 170 s; SMS I1 T2 = 2;
 *          missed K2 (voicemail) K6 = 2, unreturned K6 = 1; leads L1 120 s, L2 3600 s, L6 1800 s
 *   Rahul  calls K3 O4 K4 X4 = 4, 0 + 200 + 0 + 0 = 200 s; SMS none;
 *          missed K3 (busy) K4 (failed) = 2, unreturned K3 = 1; leads L3 never reached, L4 300 s
 *   Zoe    SMS Z1 = 1, nothing else
 *   none   calls O5 K5 = 2 (30 s), SMS I3; lead L5 (7200 s): 5 + 4 + 0 + 2 = 11 calls in all
 */
export const AGENT_LEADS: readonly AgentLead[] = [
  ['L1', 'C1', '2026-03-01T10:00:00Z', 'Anita'], // O1 +120 s
  ['L2', 'C2', '2026-03-02T10:00:00Z', 'Anita'], // SMS T2 +3600 s
  ['L3', 'C3', '2026-03-03T10:00:00Z', 'Rahul'], // never reached: nothing outbound to C3
  ['L4', 'C4', '2026-03-04T10:00:00Z', 'Rahul'], // O4 +300 s
  ['L5', 'C1', '2026-03-05T10:00:00Z', null], // O5 +7200 s
  ['L6', 'C2', '2026-03-06T09:00:00Z', 'Anita'], // O6 +1800 s, a busy outbound call: still a response
];

export const AGENT_CALLS: readonly AgentCall[] = [
  ['K1', 'C1', '2026-03-01T09:00:00Z', 'inbound', 'answered', 60, 'Anita'],
  ['O1', 'C1', '2026-03-01T10:02:00Z', 'outbound', 'answered', 90, 'Anita'],
  ['K2', 'C2', '2026-03-02T09:00:00Z', 'inbound', 'voicemail', 20, 'Anita'], // missed; SMS T2 2 h later: returned
  ['K3', 'C3', '2026-03-03T09:00:00Z', 'inbound', 'busy', 0, 'Rahul'], // missed; nothing outbound to C3: unreturned
  ['O4', 'C4', '2026-03-04T10:05:00Z', 'outbound', 'answered', 200, 'Rahul'],
  ['K4', 'C4', '2026-03-04T12:00:00Z', 'inbound', 'failed', 0, 'Rahul'], // missed; Zoe's SMS Z1 1 h later: returned
  ['X4', 'C4', '2026-03-05T11:00:00Z', 'outbound', 'voicemail', 0, 'Rahul'],
  ['O5', 'C1', '2026-03-05T12:00:00Z', 'outbound', 'answered', 30, null],
  ['K5', 'C1', '2026-03-05T13:00:00Z', 'inbound', 'missed', 0, null], // missed, no agent; nothing outbound after: unreturned
  ['O6', 'C2', '2026-03-06T09:30:00Z', 'outbound', 'busy', 0, 'Anita'],
  ['K6', 'C2', '2026-03-06T10:00:00Z', 'inbound', 'missed', 0, 'Anita'], // missed; nothing outbound after: unreturned
];

export const AGENT_SMS: readonly AgentSms[] = [
  ['I1', 'C1', '2026-03-01T09:30:00Z', 'inbound', 'Anita'],
  ['T2', 'C2', '2026-03-02T11:00:00Z', 'outbound', 'Anita'],
  ['I3', 'C3', '2026-03-03T11:00:00Z', 'inbound', null],
  ['Z1', 'C4', '2026-03-04T13:00:00Z', 'outbound', 'Zoe'],
];

/** Inserts the agent cases (customers C1-C4, listing P1), unattributed. */
export async function insertAgentRows(db: Pick<TempDatabase, 'dataSource'>): Promise<void> {
  await insertRows(db, {
    customers: [
      ['C1', 'Asha Rao', '+919800000001'],
      ['C2', 'Bala Nair', '+919800000002'],
      ['C3', 'Chitra Das', '+919800000003'],
      ['C4', 'Dev Singh', '+919800000004'],
    ],
    listings: [['P1', '2BHK Andheri', 'Mumbai', 100]],
  });
  const manager = db.dataSource.manager;
  await manager
    .getRepository(Lead)
    .save(AGENT_LEADS.map(([leadId, customerId, at, agent]) => ({ leadId, customerId, propertyId: 'P1', createdAt: new Date(at), agent })));
  await manager.getRepository(CallRecord).save(
    AGENT_CALLS.map(([callId, customerId, at, direction, status, durationSeconds, agent]) => ({
      callId,
      customerId,
      occurredAt: new Date(at),
      durationSeconds,
      direction,
      status,
      propertyId: null,
      agent,
    })),
  );
  await manager.getRepository(SmsRecord).save(
    AGENT_SMS.map(([smsId, customerId, at, direction, agent]) => ({ smsId, customerId, occurredAt: new Date(at), messageLength: 20, direction, propertyId: null, agent })),
  );
  // Rows written behind the import's back: what the analyses precomputed is stale, as after an import.
  await markDataChanged(manager);
}
