import type { Fixture } from '../test-database.js';

/**
 * A small, hand-worked fixture with one record per attribution case. Each record's expected
 * lead and listing is in the comment beside it; the tests' expected tallies are summed from
 * these comments by hand.
 */
export const ATTRIBUTION_CASES: Fixture = {
  customers: [
    ['C1', 'Asha Rao', '+919800000001'],
    ['C2', 'Bala Nair', '+919800000002'],
    ['C3', 'Chitra Das', '+919800000003'],
    ['C4', 'Dev Singh', '+919800000004'], // no leads
    ['C5', 'Esha Kapoor', '+919800000005'], // nothing at all
    ['C6', 'Farhan Ali', '+919800000006'], // a lead and no calls or SMS
  ],
  listings: [
    ['P1', '2BHK Andheri', 'Mumbai', 100],
    ['P2', 'Villa Whitefield', 'Bengaluru', 300],
    ['P3', 'Plot Baner', 'Pune', 200],
    ['P4', 'Studio Powai', 'Mumbai', 50], // no activity
  ],
  leads: [
    ['LA1', 'C1', 'P1', '2026-03-01T10:00:00Z'],
    ['LA2', 'C1', 'P2', '2026-03-05T10:00:00Z'],
    ['LB1', 'C2', 'P1', '2026-03-01T00:00:00Z'],
    ['LB2', 'C2', 'P3', '2026-03-10T10:00:00+05:30'], // 04:30Z
    ['LC1', 'C3', 'P1', '2026-03-02T00:00:00Z'],
    ['LC2', 'C3', 'P2', '2026-03-02T00:00:00Z'], // same time as LC1: the higher id is the later
    ['LD1', 'C6', 'P3', '2026-03-08T00:00:00Z'], // never called or texted: in no lead ranking
  ],
  calls: [
    ['K1', 'C1', '2026-03-03T10:00:00Z', 60, 'P2'], // tagged, lead on P2 only later -> earliest on P2: LA2, P2
    ['K2', 'C1', '2026-03-06T10:00:00Z', 120], // latest at or before -> LA2, P2
    ['K3', 'C1', '2026-02-01T10:00:00Z', 30], // older than all leads -> earliest: LA1, P1
    ['K4', 'C1', '2026-03-07T10:00:00Z', 45, 'P3'], // tagged, no lead on P3 -> no lead, P3
    ['K5', 'C1', '2026-03-05T10:00:00Z', 10], // equal to LA2's time -> LA2, P2
    ['K6', 'C1', '2026-03-06T12:00:00Z', 20, 'P1'], // tagged, lead on P1 before it -> LA1, P1 (not the latest, LA2)
    ['K7', 'C2', '2026-03-10T05:00:00Z', 100], // after LB2 as instants (04:30Z), before it by wall clock -> LB2, P3
    ['K8', 'C2', '2026-03-10T09:00:00+05:30', 50], // 03:30Z, before LB2 -> LB1, P1
    ['K9', 'C3', '2026-03-02T12:00:00Z', 40], // two leads at the same time -> the higher id: LC2, P2
    ['K10', 'C3', '2026-03-01T00:00:00Z', 15], // older than both -> the lower id: LC1, P1
    ['K11', 'C4', '2026-03-04T00:00:00Z', 70], // customer without leads -> nothing
  ],
  sms: [
    ['S1', 'C1', '2026-03-05T11:00:00Z'], // LA2, P2
    ['S2', 'C3', '2026-03-03T00:00:00Z', 'P1'], // tagged P1 -> LC1, P1
    ['S3', 'C4', '2026-03-04T01:00:00Z', 'P2'], // tagged, customer without leads -> no lead, P2
    ['S4', 'C2', '2026-03-11T00:00:00Z'], // LB2, P3
    ['S5', 'C2', '2026-03-12T00:00:00Z'], // LB2, P3 (the latest timestamp in the data)
  ],
};
