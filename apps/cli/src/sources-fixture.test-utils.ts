/**
 * Exports with lead sources and statuses: SOURCE_CASES of @hcdm/test-database written as the
 * files `hcdm import` reads, so the CLI's answers are the ones worked out by hand there
 * (packages/analyses lead-sources.analysis.test.ts and lead-funnel.analysis.test.ts):
 * - sources: website 4 leads (one spelled "Website"), 3 calls, 1 SMS, median 7200 s, reached
 *   0.75, won 1 (0.25); referral 2, 2 calls, 1 SMS, 3600 s, 0.5, won 1 (0.5); walk-in 1, 1 call,
 *   1800 s, 1, won 0; no source 1, 1 SMS, 600 s, 1, won 0.
 * - funnel: new 1 (reached 8), contacted 1 (4), visit-scheduled 0 (3), negotiating 1 (3),
 *   closed-won 2 (2), closed-lost 1 ("Closed-Lost"), on-hold 1 (no stage), no status 1.
 */
export const SOURCES_FIXTURE = {
  'customers.csv': [
    'customer_id,name,phone',
    'C1,Asha Rao,+919800000001',
    'C2,Bala Nair,+919800000002',
    'C3,Chitra Das,+919800000003',
    'C4,Dev Singh,+919800000004',
    'C5,Esha Kapoor,+919800000005',
    'C6,Farah Khan,+919800000006',
    'C7,Gopal Menon,+919800000007',
    '',
  ].join('\n'),
  'listings.csv': 'property_id,title,location,price\nP1,2BHK Andheri,Mumbai,100\nP2,Villa Baner,Pune,300\n',
  'leads.csv': [
    'lead_id,customer_id,property_id,timestamp,source,status',
    'L1,C1,P1,2026-03-01T09:00:00Z,website,new',
    'L2,C2,P1,2026-03-01T10:00:00Z,Website,contacted',
    'L3,C3,P2,2026-03-02T09:00:00Z,referral,closed-won',
    'L4,C4,P2,2026-03-03T09:00:00Z,referral,Closed-Lost',
    'L5,C5,P1,2026-03-04T09:00:00Z,,negotiating',
    'L6,C6,P2,2026-03-05T09:00:00Z,website,on-hold',
    'L7,C1,P2,2026-03-06T09:00:00Z,walk-in,',
    'L8,C2,P2,2026-03-06T12:00:00Z,website,closed-won',
    '',
  ].join('\n'),
  'calls.csv': [
    'call_id,customer_id,timestamp,duration,direction,status',
    'K1,C1,2026-03-01T09:05:00Z,60,outbound,answered',
    'K2,C2,2026-03-01T12:00:00Z,60,outbound,answered',
    'K3,C3,2026-03-02T09:01:00Z,60,inbound,answered',
    'K4,C4,2026-03-03T08:00:00Z,0,inbound,missed',
    'K7,C7,2026-03-05T10:00:00Z,60,inbound,answered',
    'K5,C6,2026-03-06T09:00:00Z,60,outbound,answered',
    'K6,C1,2026-03-06T09:30:00Z,60,outbound,answered',
    '',
  ].join('\n'),
  'sms.csv': [
    'sms_id,customer_id,timestamp,message_length,direction',
    'S1,C3,2026-03-02T10:00:00Z,20,outbound',
    'S2,C5,2026-03-04T09:10:00Z,20,outbound',
    'S3,C2,2026-03-07T12:00:00Z,20,inbound',
    '',
  ].join('\n'),
};
