/**
 * A small hand-checked data set for the CLI tests. What the analyses must give for it, worked
 * out by hand with DOMAIN.md's last-touch rule:
 *
 * - Leads: L1 (C1 on P1, 03-01), L2 (C2 on P2, 03-02), L3 (C1 on P2, 03-10).
 * - Calls: K1 C1 03-05 -> L1; K2 C1 03-11 -> L3; K3 C1 03-12 -> L3; K4 C2 03-03 -> L2;
 *   K5 C3 has no lead -> none.
 * - SMS: S1, S2 C2 -> L2; S3 C1 02-20 is older than all of C1's leads -> the earliest, L1.
 * - Calls per lead: L3 2, L1 1, L2 1 (L1 before L2: ties go by id).
 * - C1 (+91-9876543210): 3 calls, 210 s, 1 SMS, leads L1 and L3, listings P1 and P2,
 *   first contact S3 2026-02-20T11:00:00Z, last contact K3 2026-03-12T10:00:00Z.
 */
export const FIXTURE = {
  'customers.csv': 'customer_id,name,phone\nC1,Asha Rao,+91-9876543210\nC2,Vikram Shah,09812345678\nC3,Meera Iyer,9822222222\n',
  'listings.csv': 'property_id,title,location,price\nP1,2BHK in Baner,"Baner, Pune",7500000\nP2,Studio in Andheri,"Andheri, Mumbai",4200000\n',
  'leads.csv':
    'lead_id,customer_id,property_id,timestamp\nL1,C1,P1,2026-03-01T09:00:00Z\nL2,C2,P2,2026-03-02T09:00:00Z\nL3,C1,P2,2026-03-10T09:00:00Z\n',
  'calls.csv': [
    'call_id,customer_id,timestamp,duration',
    'K1,C1,2026-03-05T10:00:00Z,60',
    'K2,C1,2026-03-11T10:00:00Z,120',
    'K3,C1,2026-03-12T10:00:00Z,30',
    'K4,C2,2026-03-03T10:00:00Z,200',
    'K5,C3,2026-03-04T10:00:00Z,10',
    '',
  ].join('\n'),
  'sms.csv': [
    'sms_id,customer_id,timestamp,message_length',
    'S1,C2,2026-03-03T11:00:00Z,40',
    'S2,C2,2026-03-04T11:00:00Z,20',
    'S3,C1,2026-02-20T11:00:00Z,15',
    '',
  ].join('\n'),
};

/** `show top 5 leads by call volume` on the fixture, as a table. */
export const TOP_LEADS_TABLE = [
  'Top 5 leads by call volume (all time)',
  '+---------+-------------+---------------+---------+------------+',
  '| Lead ID | Name        | Phone         | Listing | Call Count |',
  '+---------+-------------+---------------+---------+------------+',
  '| L3      | Asha Rao    | +919876543210 | P2      |          2 |',
  '| L1      | Asha Rao    | +919876543210 | P1      |          1 |',
  '| L2      | Vikram Shah | +919812345678 | P2      |          1 |',
  '+---------+-------------+---------------+---------+------------+',
  '',
].join('\n');
