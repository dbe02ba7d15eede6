import type { DirectedFixture } from '../directed-fixture.js';

/**
 * A hand-worked fixture for the telecom insights: each lead's first response (the first
 * outbound call or SMS to its customer at or after it) and each missed call's return (24 h
 * window) is in the comment beside it; the tests' expectations are worked out from these.
 */
export const INSIGHT_CASES: DirectedFixture = {
  customers: [
    ['C1', 'Asha Rao', '+919800000001'],
    ['C2', 'Bala Nair', '+919800000002'],
    ['C3', 'Chitra Das', '+919800000003'],
    ['C4', 'Dev Singh', '+919800000004'],
    ['C5', 'Esha Kapoor', '+919800000005'],
  ],
  listings: [['P1', '2BHK Andheri', 'Mumbai', 100]],
  leads: [
    ['L1', 'C1', 'P1', '2026-03-01T10:00:00Z'], // O1 +180 s
    ['L2', 'C2', 'P1', '2026-03-02T10:00:00Z'], // SMS T2 +1800 s (before call O2; inbound K21 is no response)
    ['L3', 'C3', 'P1', '2026-03-03T10:00:00Z'], // O3 +36000 s (O3a is before the lead)
    ['L4', 'C4', 'P1', '2026-03-04T10:00:00Z'], // SMS T4 +172800 s (48 h)
    ['L5', 'C5', 'P1', '2026-03-05T10:00:00Z'], // never reached: only inbound from C5
    ['L6', 'C1', 'P1', '2026-03-06T10:00:00Z'], // O6 +300 s exactly (O1 is before this lead)
  ],
  calls: [
    ['K10', 'C1', '2026-02-20T09:00:00Z', 'inbound', 'answered'], // C1's first inbound call
    ['O1', 'C1', '2026-03-01T10:03:00Z', 'outbound', 'answered'],
    ['K21', 'C2', '2026-03-02T10:01:00Z', 'inbound', 'missed'], // returned by SMS T2 at 10:30
    ['O2', 'C2', '2026-03-02T11:00:00Z', 'outbound', 'answered'],
    ['O3a', 'C3', '2026-03-03T05:00:00Z', 'outbound', 'answered'],
    ['O3', 'C3', '2026-03-03T20:00:00Z', 'outbound', 'missed'], // unanswered, still a response
    ['K41', 'C4', '2026-03-05T10:01:00Z', 'inbound', 'missed'], // SMS T4 23h59m later: returned
    ['K11', 'C1', '2026-03-05T10:04:00Z', 'inbound', 'missed'], // O6 24h01m later: unreturned
    ['K51', 'C5', '2026-03-05T12:00:00Z', 'inbound', 'missed'], // nothing outbound to C5: unreturned
    ['K52', 'C5', '2026-03-05T13:00:00Z', 'inbound', 'answered'],
    ['O6', 'C1', '2026-03-06T10:05:00Z', 'outbound', 'answered'],
  ],
  sms: [
    ['T2', 'C2', '2026-03-02T10:30:00Z', 'outbound'],
    ['I5', 'C5', '2026-03-05T11:00:00Z', 'inbound'],
    ['T4', 'C4', '2026-03-06T10:00:00Z', 'outbound'],
  ],
};
