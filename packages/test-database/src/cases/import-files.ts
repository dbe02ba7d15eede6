/**
 * One small set of exports, written by hand, with its attribution worked out by hand:
 * - C1's leads: L1 (2026-03-01T04:30Z, P1) and L2 (2026-03-05T09:00Z, P2).
 *   K1 (03-02, untagged) -> L1, P1: latest lead at or before it.
 *   K2 (03-06, untagged) -> L2, P2.
 *   K3 (02-01, untagged) -> L1, P1: older than every lead, so the earliest.
 *   K4 (03-07, tagged P1) -> L1, P1: C1's lead on P1.
 * - C2's lead: L3 (2026-03-02T12:00Z, P2).
 *   S1 (03-01, untagged) -> L3, P2: the earliest.  S2 (tagged P1) -> no lead, P1: C2 has no lead on P1.
 * - C3 has no lead: K5 -> no lead, no listing.
 */
export const BASE_CSV = {
  'customers.csv': [
    'customer_id,name,phone,email',
    'C1,Priya Sharma,+91-9876543210,priya@example.com',
    'C2,Arjun Mehta,09876543211,',
    'C3,Lone Caller,+91 98765 43212,',
  ].join('\n'),
  'listings.csv': [
    'title,property_id,location,price,bedrooms,kind,agent',
    'Sea View 2BHK,P1,Bandra,15000000,2,apartment,Ravi',
    '"Garden Villa, corner plot",P2,Whitefield,32500000.5,,villa,Ravi',
  ].join('\n'),
  'leads.csv': [
    'lead_id,customer_id,property_id,timestamp,status,source',
    'L1,C1,P1,2026-03-01T10:00:00+05:30,new,web',
    'L2,C1,P2,2026-03-05T09:00:00Z,,',
    'L3,C2,P2,2026-03-02 12:00:00,contacted,portal',
  ].join('\n'),
  'calls.csv': [
    'call_id,customer_id,timestamp,duration,direction,status,property_id',
    'K1,C1,2026-03-02T10:00:00Z,120,outbound,answered,',
    'K2,C1,2026-03-06T10:00:00Z,0,INBOUND,Missed,',
    'K3,C1,2026-02-01T10:00:00Z,30,,,',
    'K4,C1,2026-03-07T10:00:00Z,45,inbound,answered,P1',
    'K5,C3,2026-03-03T10:00:00Z,60,,,',
  ].join('\n'),
  'sms.csv': [
    'sms_id,customer_id,timestamp,message_length,direction,property_id',
    'S1,C2,2026-03-01T00:00:00Z,42,outbound,',
    'S2,C2,2026-03-04T00:00:00Z,10,,P1',
  ].join('\n'),
};

const at = (iso: string) => Date.parse(iso);

/** The tables after importing BASE_CSV into an empty database, ordered by key. */
export const BASE_TABLES = {
  customers: [
    { customer_id: 'C1', name: 'Priya Sharma', phone: '+919876543210', email: 'priya@example.com' },
    { customer_id: 'C2', name: 'Arjun Mehta', phone: '+919876543211', email: null },
    { customer_id: 'C3', name: 'Lone Caller', phone: '+919876543212', email: null },
  ],
  listings: [
    { property_id: 'P1', title: 'Sea View 2BHK', location: 'Bandra', price: 15000000, bedrooms: 2, kind: 'apartment' },
    { property_id: 'P2', title: 'Garden Villa, corner plot', location: 'Whitefield', price: 32500000.5, bedrooms: null, kind: 'villa' },
  ],
  leads: [
    { lead_id: 'L1', customer_id: 'C1', property_id: 'P1', created_at: at('2026-03-01T04:30:00Z'), status: 'new', source: 'web', agent: null },
    { lead_id: 'L2', customer_id: 'C1', property_id: 'P2', created_at: at('2026-03-05T09:00:00Z'), status: null, source: null, agent: null },
    { lead_id: 'L3', customer_id: 'C2', property_id: 'P2', created_at: at('2026-03-02T12:00:00Z'), status: 'contacted', source: 'portal', agent: null },
  ],
  calls: [
    call('K1', 'C1', '2026-03-02T10:00:00Z', 120, 'outbound', 'answered', null, 'L1', 'P1'),
    call('K2', 'C1', '2026-03-06T10:00:00Z', 0, 'inbound', 'missed', null, 'L2', 'P2'),
    call('K3', 'C1', '2026-02-01T10:00:00Z', 30, 'inbound', 'answered', null, 'L1', 'P1'),
    call('K4', 'C1', '2026-03-07T10:00:00Z', 45, 'inbound', 'answered', 'P1', 'L1', 'P1'),
    call('K5', 'C3', '2026-03-03T10:00:00Z', 60, 'inbound', 'answered', null, null, null),
  ],
  sms: [
    sms('S1', 'C2', '2026-03-01T00:00:00Z', 42, 'outbound', null, 'L3', 'P2'),
    sms('S2', 'C2', '2026-03-04T00:00:00Z', 10, 'inbound', 'P1', null, 'P1'),
  ],
};

function call(id: string, customer: string, iso: string, seconds: number, direction: string, status: string, tag: string | null, lead: string | null, listing: string | null) {
  return {
    call_id: id,
    customer_id: customer,
    occurred_at: at(iso),
    duration_seconds: seconds,
    direction,
    status,
    property_id: tag,
    tracking_number: null,
    agent: null,
    attributed_lead_id: lead,
    attributed_property_id: listing,
  };
}

function sms(id: string, customer: string, iso: string, length: number, direction: string, tag: string | null, lead: string | null, listing: string | null) {
  return {
    sms_id: id,
    customer_id: customer,
    occurred_at: at(iso),
    message_length: length,
    direction,
    property_id: tag,
    tracking_number: null,
    agent: null,
    attributed_lead_id: lead,
    attributed_property_id: listing,
  };
}

/** BASE_CSV as JSON objects, written by hand: numbers as numbers, empty fields left out or null. */
export const BASE_OBJECTS: Record<string, Record<string, unknown>[]> = {
  customers: [
    { customer_id: 'C1', name: 'Priya Sharma', phone: '+91-9876543210', email: 'priya@example.com' },
    { customer_id: 'C2', name: 'Arjun Mehta', phone: '09876543211', email: null },
    { customer_id: 'C3', name: 'Lone Caller', phone: '+91 98765 43212' },
  ],
  listings: [
    { property_id: 'P1', title: 'Sea View 2BHK', location: 'Bandra', price: 15000000, bedrooms: 2, kind: 'apartment', agent: 'Ravi' },
    { property_id: 'P2', title: 'Garden Villa, corner plot', location: 'Whitefield', price: 32500000.5, kind: 'villa' },
  ],
  leads: [
    { lead_id: 'L1', customer_id: 'C1', property_id: 'P1', timestamp: '2026-03-01T10:00:00+05:30', status: 'new', source: 'web' },
    { lead_id: 'L2', customer_id: 'C1', property_id: 'P2', timestamp: '2026-03-05T09:00:00Z', status: '' },
    { lead_id: 'L3', customer_id: 'C2', property_id: 'P2', timestamp: '2026-03-02 12:00:00', status: 'contacted', source: 'portal' },
  ],
  calls: [
    { call_id: 'K1', customer_id: 'C1', timestamp: '2026-03-02T10:00:00Z', duration: 120, direction: 'outbound', status: 'answered' },
    { call_id: 'K2', customer_id: 'C1', timestamp: '2026-03-06T10:00:00Z', duration: 0, direction: 'INBOUND', status: 'Missed' },
    { call_id: 'K3', customer_id: 'C1', timestamp: '2026-02-01T10:00:00Z', duration: '30' },
    { call_id: 'K4', customer_id: 'C1', timestamp: '2026-03-07T10:00:00Z', duration: 45, direction: 'inbound', status: 'answered', property_id: 'P1' },
    { call_id: 'K5', customer_id: 'C3', timestamp: '2026-03-03T10:00:00Z', duration: 60, property_id: null },
  ],
  sms: [
    { sms_id: 'S1', customer_id: 'C2', timestamp: '2026-03-01T00:00:00Z', message_length: 42, direction: 'outbound' },
    { sms_id: 'S2', customer_id: 'C2', timestamp: '2026-03-04T00:00:00Z', message_length: 10, property_id: 'P1' },
  ],
};
