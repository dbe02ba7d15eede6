import type { Fixture } from '../test-database.js';

/**
 * Five leads whose scores are worked out by hand (defaults: weights calls 30, sms 20,
 * callSeconds 20, recency 30; half-saturation 3 calls, 3 SMS, 300 s; half-life 14 days).
 * "now" is the latest timestamp in the data: 2026-03-15T00:00Z (KC9, and LD's and LE's creation).
 * Every customer has one lead (C4 two, without records), so attribution is plain.
 *
 * LA: 3 calls, 300 s, 6 SMS, last 03-01 (14 days): 15 + 15 + 10 + 15 = 55.0 warm
 * LB: 1 call, 120 s, 1 SMS, last 03-08 (7 days): 6.2 + 4.1 + 4.8 + 21.2 = 36.3 cold
 * LC: 9 calls, 900 s, 3 SMS, last 03-15 (0 days): 26.3 + 10 + 17.5 + 30 = 83.8 hot
 * LD, LE: nothing but their creation on 03-15: 0 + 0 + 0 + 30 = 30.0 cold
 */
export const SCORING_CASES: Fixture = {
  customers: [
    ['C1', 'Asha Rao', '+919800000001'],
    ['C2', 'Bala Nair', '+919800000002'],
    ['C3', 'Chitra Das', '+919800000003'],
    ['C4', 'Dev Singh', '+919800000004'],
  ],
  listings: [
    ['P1', '2BHK Andheri', 'Mumbai', 100],
    ['P2', 'Villa Whitefield', 'Bengaluru', 300],
  ],
  leads: [
    ['LA', 'C1', 'P1', '2026-02-20T00:00:00Z'],
    ['LB', 'C2', 'P1', '2026-03-01T00:00:00Z'],
    ['LC', 'C3', 'P2', '2026-03-01T00:00:00Z'],
    ['LD', 'C4', 'P2', '2026-03-15T00:00:00Z'],
    ['LE', 'C4', 'P1', '2026-03-15T00:00:00Z'],
  ],
  calls: [
    ['KA1', 'C1', '2026-02-25T00:00:00Z', 100],
    ['KA2', 'C1', '2026-02-28T00:00:00Z', 100],
    ['KA3', 'C1', '2026-03-01T00:00:00Z', 100],
    ['KB1', 'C2', '2026-03-06T00:00:00Z', 120],
    ['KC1', 'C3', '2026-03-02T01:00:00Z', 100],
    ['KC2', 'C3', '2026-03-02T02:00:00Z', 100],
    ['KC3', 'C3', '2026-03-02T03:00:00Z', 100],
    ['KC4', 'C3', '2026-03-02T04:00:00Z', 100],
    ['KC5', 'C3', '2026-03-02T05:00:00Z', 100],
    ['KC6', 'C3', '2026-03-02T06:00:00Z', 100],
    ['KC7', 'C3', '2026-03-12T00:00:00Z', 100],
    ['KC8', 'C3', '2026-03-13T00:00:00Z', 100],
    ['KC9', 'C3', '2026-03-15T00:00:00Z', 100],
  ],
  sms: [
    ['SA1', 'C1', '2026-02-21T00:00:00Z'],
    ['SA2', 'C1', '2026-02-22T00:00:00Z'],
    ['SA3', 'C1', '2026-02-23T00:00:00Z'],
    ['SA4', 'C1', '2026-02-24T00:00:00Z'],
    ['SA5', 'C1', '2026-02-25T00:00:00Z'],
    ['SA6', 'C1', '2026-02-26T00:00:00Z'],
    ['SB1', 'C2', '2026-03-08T00:00:00Z'],
    ['SC1', 'C3', '2026-03-03T00:00:00Z'],
    ['SC2', 'C3', '2026-03-03T01:00:00Z'],
    ['SC3', 'C3', '2026-03-03T02:00:00Z'],
  ],
};
