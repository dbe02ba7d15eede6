import { markDataChanged } from '@hcdm/core';
import { Lead } from '@hcdm/property';
import type { DirectedFixture } from '../directed-fixture.js';
import type { Fixture, TempDatabase } from '../test-database.js';

/**
 * A hand-worked fixture for filters and comparisons: two locations (one with a space), two
 * sources (one stored in two cases: `website` and `Website` are one source), and activity in
 * two ten-day periods, 2026-03-01..10 ("previous") and 2026-03-11..20 ("current"), and two
 * agents: Priya owns L1 and L3, Ravi L2, nobody L4; each call and SMS names who handled it (K7
 * and S4 nobody). Each record's lead and listing is in its comment; the tests' tallies are
 * summed from these by hand.
 */
export const FILTER_CASES: Fixture = {
  customers: [
    ['C1', 'Asha Rao', '+919800000001'],
    ['C2', 'Bala Nair', '+919800000002'],
    ['C3', 'Chitra Das', '+919800000003'],
  ],
  listings: [
    ['P1', 'Flat Andheri', 'Andheri', 100],
    ['P2', 'Villa Vashi', 'Navi Mumbai', 300],
    ['P3', 'Plot Powai', 'Andheri', 200],
  ],
  leads: [
    ['L1', 'C1', 'P1', '2026-03-01T00:00:00Z', 'website', 'Priya'],
    ['L2', 'C2', 'P2', '2026-03-02T00:00:00Z', 'referral', 'Ravi'],
    ['L3', 'C3', 'P3', '2026-03-03T00:00:00Z', 'Website', 'Priya'],
    ['L4', 'C3', 'P2', '2026-03-20T00:00:00Z', 'referral'], // nobody owns it
  ],
  calls: [
    ['K1', 'C1', '2026-03-02T10:00:00Z', 60, undefined, 'Priya'], // L1, P1 (previous)
    ['K2', 'C1', '2026-03-12T10:00:00Z', 30, undefined, 'Ravi'], // L1, P1 (current); Ravi on Priya's lead
    ['K3', 'C1', '2026-03-13T10:00:00Z', 90, undefined, 'Priya'], // L1, P1 (current)
    ['K4', 'C2', '2026-03-05T10:00:00Z', 120, undefined, 'Ravi'], // L2, P2 (previous)
    ['K5', 'C2', '2026-03-15T10:00:00Z', 40, undefined, 'Ravi'], // L2, P2 (current)
    ['K6', 'C3', '2026-03-04T10:00:00Z', 10, undefined, 'Priya'], // L3, P3 (previous)
    ['K7', 'C3', '2026-03-05T10:00:00Z', 20], // L3, P3 (previous); no agent
    ['K8', 'C3', '2026-03-14T10:00:00Z', 50, undefined, 'Priya'], // L3, P3 (current; L4 comes later)
    ['K9', 'C3', '2026-03-20T12:00:00Z', 70, undefined, 'Ravi'], // L4, P2 (current)
    ['K10', 'C1', '2026-03-16T10:00:00Z', 15, 'P2', 'Priya'], // tagged P2, C1 has no lead there: no lead (so no source), P2 (current)
  ],
  sms: [
    ['S1', 'C1', '2026-03-03T10:00:00Z', undefined, 'Priya'], // L1, P1 (previous)
    ['S2', 'C1', '2026-03-12T11:00:00Z', undefined, 'Priya'], // L1, P1 (current)
    ['S3', 'C2', '2026-03-16T10:00:00Z', undefined, 'Ravi'], // L2, P2 (current)
    ['S4', 'C3', '2026-03-15T10:00:00Z'], // L3, P3 (current); no agent
    ['S5', 'C3', '2026-03-06T10:00:00Z', undefined, 'Priya'], // L3, P3 (previous)
  ],
};

/**
 * A status for each lead of FILTER_CASES, for the funnel and conversion under a filter (the default
 * stages new, contacted, visit-scheduled, negotiating, closed-won; closed-lost lost):
 * L1 (website, Andheri, Priya) closed-won, L2 (referral, Navi Mumbai, Ravi) negotiating,
 * L3 (Website, Andheri, Priya) contacted, L4 (referral, Navi Mumbai, nobody) closed-lost.
 */
export const FILTER_CASE_STATUSES: readonly (readonly [leadId: string, status: string])[] = [
  ['L1', 'closed-won'],
  ['L2', 'negotiating'],
  ['L3', 'contacted'],
  ['L4', 'closed-lost'],
];

/** Gives FILTER_CASES' leads (already inserted) their FILTER_CASE_STATUSES. */
export async function insertFilterStatuses(db: Pick<TempDatabase, 'dataSource'>): Promise<void> {
  const leads = db.dataSource.manager.getRepository(Lead);
  for (const [leadId, status] of FILTER_CASE_STATUSES) await leads.update({ leadId }, { status });
  // Rows written behind the import's back: what the analyses precomputed is stale, as after an import.
  await markDataChanged(db.dataSource.manager);
}

/**
 * Missed calls and follow-up by source and location: each missed call's return (24 h window)
 * and each lead's first response are in the comments.
 */
export const FILTER_INSIGHT_CASES: DirectedFixture = {
  customers: [
    ['C1', 'Asha Rao', '+919800000001'],
    ['C2', 'Bala Nair', '+919800000002'],
    ['C3', 'Chitra Das', '+919800000003'],
  ],
  listings: [
    ['P1', 'Flat Andheri', 'Andheri', 100],
    ['P2', 'Villa Vashi', 'Navi Mumbai', 300],
  ],
  leads: [
    ['L1', 'C1', 'P1', '2026-03-01T10:00:00Z', 'website', 'Priya'], // O1 +7200 s
    ['L2', 'C2', 'P2', '2026-03-02T10:00:00Z', 'referral', 'Ravi'], // O2 +176400 s (2 days 1 hour)
    ['L3', 'C3', 'P1', '2026-03-03T10:00:00Z', 'referral', 'Priya'], // never reached
  ],
  calls: [
    ['M1', 'C1', '2026-03-01T11:00:00Z', 'inbound', 'missed', 'Priya'], // L1, P1; returned by O1 an hour later
    ['O1', 'C1', '2026-03-01T12:00:00Z', 'outbound', 'answered'],
    ['M2', 'C2', '2026-03-02T11:00:00Z', 'inbound', 'missed', 'Ravi'], // L2, P2; O2 is 48 h later: unreturned
    ['O2', 'C2', '2026-03-04T11:00:00Z', 'outbound', 'answered', 'Priya'], // Priya follows up Ravi's lead
    ['M3', 'C3', '2026-03-03T11:00:00Z', 'inbound', 'missed'], // L3, P1; nothing outbound to C3: unreturned
  ],
};
