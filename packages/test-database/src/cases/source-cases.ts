import { markDataChanged } from '@hcdm/core';
import { Lead } from '@hcdm/property';
import { insertDirectedRows, type DirectedFixture } from '../directed-fixture.js';
import type { TempDatabase } from '../test-database.js';

/**
 * A hand-worked fixture for lead sources and the funnel, all times UTC. Each lead's source and
 * status (spelled as an export might: "Website", "Closed-Lost"), first response and attributed
 * records are beside it; the tests' expectations are worked out from these.
 */
export const SOURCE_CASES: DirectedFixture = {
  customers: [
    ['C1', 'Asha Rao', '+919800000001'],
    ['C2', 'Bala Nair', '+919800000002'],
    ['C3', 'Chitra Das', '+919800000003'],
    ['C4', 'Dev Singh', '+919800000004'],
    ['C5', 'Esha Kapoor', '+919800000005'],
    ['C6', 'Farah Khan', '+919800000006'],
    ['C7', 'Gopal Menon', '+919800000007'],
  ],
  listings: [
    ['P1', '2BHK Andheri', 'Mumbai', 100],
    ['P2', 'Villa Baner', 'Pune', 300],
  ],
  leads: [
    ['L1', 'C1', 'P1', '2026-03-01T09:00:00Z'], // website, new: K1 +300 s
    ['L2', 'C2', 'P1', '2026-03-01T10:00:00Z'], // Website, contacted: K2 +7200 s
    ['L3', 'C3', 'P2', '2026-03-02T09:00:00Z'], // referral, closed-won: S1 +3600 s (K3 is inbound)
    ['L4', 'C4', 'P2', '2026-03-03T09:00:00Z'], // referral, Closed-Lost: never reached (K4 inbound, before it)
    ['L5', 'C5', 'P1', '2026-03-04T09:00:00Z'], // no source, negotiating: S2 +600 s
    ['L6', 'C6', 'P2', '2026-03-05T09:00:00Z'], // website, on-hold (no stage): K5 +86400 s
    ['L7', 'C1', 'P2', '2026-03-06T09:00:00Z'], // walk-in, no status: K6 +1800 s (K1 is before it)
    ['L8', 'C2', 'P2', '2026-03-06T12:00:00Z'], // website, closed-won: never reached (S3 is inbound)
  ],
  calls: [
    ['K1', 'C1', '2026-03-01T09:05:00Z', 'outbound', 'answered'], // -> L1
    ['K2', 'C2', '2026-03-01T12:00:00Z', 'outbound', 'answered'], // -> L2
    ['K3', 'C3', '2026-03-02T09:01:00Z', 'inbound', 'answered'], // -> L3
    ['K4', 'C4', '2026-03-03T08:00:00Z', 'inbound', 'missed'], // before C4's only lead: its earliest, L4
    ['K7', 'C7', '2026-03-05T10:00:00Z', 'inbound', 'answered'], // C7 has no lead: no lead, no source
    ['K5', 'C6', '2026-03-06T09:00:00Z', 'outbound', 'answered'], // -> L6
    ['K6', 'C1', '2026-03-06T09:30:00Z', 'outbound', 'answered'], // C1's latest lead at or before: L7
  ],
  sms: [
    ['S1', 'C3', '2026-03-02T10:00:00Z', 'outbound'], // -> L3
    ['S2', 'C5', '2026-03-04T09:10:00Z', 'outbound'], // -> L5
    ['S3', 'C2', '2026-03-07T12:00:00Z', 'inbound'], // C2's latest lead at or before: L8
  ],
};

/** Each lead's source and status, as stored (null: none given). */
export const SOURCE_CASE_LABELS: readonly (readonly [leadId: string, source: string | null, status: string | null])[] = [
  ['L1', 'website', 'new'],
  ['L2', 'Website', 'contacted'],
  ['L3', 'referral', 'closed-won'],
  ['L4', 'referral', 'Closed-Lost'],
  ['L5', null, 'negotiating'],
  ['L6', 'website', 'on-hold'],
  ['L7', 'walk-in', null],
  ['L8', 'website', 'closed-won'],
];

/** Inserts the source cases with their leads' sources and statuses, unattributed (the caller attributes). */
export async function insertSourceRows(db: Pick<TempDatabase, 'dataSource'>): Promise<void> {
  await insertDirectedRows(db, SOURCE_CASES);
  const leads = db.dataSource.manager.getRepository(Lead);
  for (const [leadId, source, status] of SOURCE_CASE_LABELS) await leads.update({ leadId }, { source, status });
  // Rows written behind the import's back: what the analyses precomputed is stale, as after an import.
  await markDataChanged(db.dataSource.manager);
}
