/**
 * A small data set with a little of everything (outbound and missed calls, outbound SMS, three
 * listings in two places), for the tests that reach every analysis. Worked out by hand with
 * DOMAIN.md's rules; all times UTC, "now" is the latest record, K4 at 2026-03-10T08:00Z.
 *
 * - Leads: L1 C1 on P1 03-03 07:57; L2 C2 on P2 03-03 09:00; L3 C1 on P3 03-09 09:00.
 * - Calls: K1 C1 03-03 08:00 out 120 s -> L1/P1; K2 C2 03-03 10:00 in missed -> L2/P2;
 *   K3 C3 03-04 20:00 in missed (C3 has no lead); K4 C1 03-10 08:00 in 300 s -> L3/P3;
 *   K5 C3 03-01 12:00 in 60 s.
 * - SMS: S1 C1 03-09 10:00 in -> L3/P3; S2 C2 03-04 09:00 out -> L2/P2.
 * - Missed calls: K2 returned by S2 23 h later (82800 s); K3 never returned.
 * - Speed to lead: L1 reached by K1 after 180 s, L2 by S2 after 86400 s (24 h), L3 never
 *   (K1 is before it): median 180 (1st of 2), p90 86400 (2nd of 2), within 5 min and 1 h 1/3,
 *   within 24 h 2/3.
 * - New vs repeat, 03-03 to 03-10: inbound callers C2 (K2, first ever: new), C1 (K4, first
 *   inbound ever: new), C3 (K3; first inbound K5 on 03-01: repeat).
 * - Scores (weights 30/20/20/30, half-saturation 3/3/300 s, half-life 14 days):
 *   L3: 1 call 6.2, 1 SMS 4.1, 300 s 10, idle 0 days 30 -> 50.3 warm;
 *   L1: 1 call 6.2, no SMS 0, 120 s 4.8, idle 7 days 30 x 0.5^0.5 = 21.2 -> 32.2 cold;
 *   L2: 1 call 6.2, 1 SMS 4.1, 0 s 0, idle 5.9583 days 30 x 0.5^0.4256 = 22.3 -> 32.6 cold.
 * - Heatmap of calls in Asia/Kolkata (+05:30): K1 and K4 Tue 13:30, K2 Tue 15:30, K3 Thu 01:30
 *   (20:00 UTC is the next day there), K5 Sun 17:30.
 */
export const MENU_FIXTURE = {
  'customers.csv': 'customer_id,name,phone\nC1,Asha Rao,+91-9876543210\nC2,Vikram Shah,09812345678\nC3,Meera Iyer,9822222222\n',
  'listings.csv': [
    'property_id,title,location,price',
    'P1,2BHK in Baner,"Baner, Pune",7500000',
    'P2,Studio in Andheri,"Andheri, Mumbai",4200000',
    'P3,Villa in Baner,"Baner, Pune",12000000',
    '',
  ].join('\n'),
  'leads.csv': [
    'lead_id,customer_id,property_id,timestamp',
    'L1,C1,P1,2026-03-03T07:57:00Z',
    'L2,C2,P2,2026-03-03T09:00:00Z',
    'L3,C1,P3,2026-03-09T09:00:00Z',
    '',
  ].join('\n'),
  'calls.csv': [
    'call_id,customer_id,timestamp,duration,direction,status',
    'K1,C1,2026-03-03T08:00:00Z,120,outbound,answered',
    'K2,C2,2026-03-03T10:00:00Z,0,inbound,missed',
    'K3,C3,2026-03-04T20:00:00Z,0,inbound,missed',
    'K4,C1,2026-03-10T08:00:00Z,300,inbound,answered',
    'K5,C3,2026-03-01T12:00:00Z,60,inbound,answered',
    '',
  ].join('\n'),
  'sms.csv': [
    'sms_id,customer_id,timestamp,message_length,direction',
    'S1,C1,2026-03-09T10:00:00Z,40,inbound',
    'S2,C2,2026-03-04T09:00:00Z,25,outbound',
    '',
  ].join('\n'),
};
