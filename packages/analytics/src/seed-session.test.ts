import { describeEachDatabase } from '@hcdm/test-utils';
import { expect, it } from 'vitest';
import type { Fixture } from './analytics.test-utils.js';
import { insertFixture, openTempDatabase } from './analytics.test-utils.js';

type Lead = readonly [leadId: string, customerId: string, name: string, calls: number];

// The seed's sample session: five leads with the most calls, one tie just below them (L200 loses
// to L033 on id), one quieter lead, and the customer the summary looks up.
const RANKED: readonly Lead[] = [
  ['L102', 'C001', 'Priya Sharma', 18],
  ['L089', 'C002', 'Arjun Mehta', 15],
  ['L054', 'C003', 'Kavya Reddy', 13],
  ['L120', 'C004', 'Rohan Verma', 12],
  ['L033', 'C005', 'Sneha Iyer', 11],
  ['L200', 'C006', 'Vikram Rao', 11],
  ['L015', 'C007', 'Anjali Gupta', 4],
];

function seedFixture(): Fixture {
  const phone = (customerId: string) => `+9198100000${customerId.slice(2)}`;
  const calls = RANKED.flatMap(([, customerId, , count]) =>
    Array.from({ length: count }, (_, i) => [`K${customerId}-${i}`, customerId, day(2, 2 + i), 60] as const),
  );
  // Meera Nair at +91-9876543210: 3 leads on 2 listings, 4 calls after each lead, 8 SMS.
  const meeraCalls = Array.from({ length: 12 }, (_, i) => [`KM-${i}`, 'C010', day(1 + Math.floor(i / 4), 21 + (i % 4)), 30] as const);
  const meeraSms = Array.from({ length: 8 }, (_, i) => [`SM-${i}`, 'C010', day(3, 25 + i)] as const);
  return {
    customers: [...RANKED.map(([, id, name]) => [id, name, phone(id)] as const), ['C010', 'Meera Nair', '+919876543210']],
    listings: [
      ['P1', 'Sea View 2BHK', 'Mumbai', 9_500_000],
      ['P2', 'Garden Villa', 'Pune', 14_000_000],
    ],
    leads: [
      ...RANKED.map(([leadId, customerId]) => [leadId, customerId, 'P1', '2026-02-01T00:00:00Z'] as const),
      ['L140', 'C010', 'P1', '2026-01-10T00:00:00Z'],
      ['L141', 'C010', 'P2', '2026-02-10T00:00:00Z'],
      ['L142', 'C010', 'P1', '2026-03-10T00:00:00Z'],
    ],
    calls: [...calls, ...meeraCalls],
    sms: meeraSms,
  };
}

/** Day `d` of month `m` of 2026 at 09:00 UTC; a day past the month's end rolls into the next. */
function day(m: number, d: number): string {
  return new Date(Date.UTC(2026, m - 1, d, 9)).toISOString();
}

describeEachDatabase("the seed's sample session", () => {
  it('show top 5 leads by call volume lists exactly the five busiest leads in order', async () => {
    const db = await openTempDatabase();
    await insertFixture(db, seedFixture());
    const result = await db.query('show top 5 leads by call volume');
    await db.close();
    expect(result.columns.map((column) => column.header)).toEqual(['Lead ID', 'Name', 'Phone', 'Listing', 'Call Count']);
    expect(result.rows).toEqual([
      { leadId: 'L102', customerId: 'C001', name: 'Priya Sharma', phone: '+919810000001', propertyId: 'P1', callCount: 18 },
      { leadId: 'L089', customerId: 'C002', name: 'Arjun Mehta', phone: '+919810000002', propertyId: 'P1', callCount: 15 },
      { leadId: 'L054', customerId: 'C003', name: 'Kavya Reddy', phone: '+919810000003', propertyId: 'P1', callCount: 13 },
      { leadId: 'L120', customerId: 'C004', name: 'Rohan Verma', phone: '+919810000004', propertyId: 'P1', callCount: 12 },
      { leadId: 'L033', customerId: 'C005', name: 'Sneha Iyer', phone: '+919810000005', propertyId: 'P1', callCount: 11 },
    ]);
  });

  it.each(['+91-9876543210', '09876543210'])('summarizes the customer at %s', async (phone) => {
    const db = await openTempDatabase();
    await insertFixture(db, seedFixture());
    const result = await db.query(`show customer activity summary for ${phone}`);
    await db.close();
    expect(result.shape).toBe('summary');
    expect(result.rows).toEqual([
      {
        customerId: 'C010',
        name: 'Meera Nair',
        phone: '+919876543210',
        calls: 12,
        callSeconds: 360,
        sms: 8,
        leadsContacted: 3,
        listingsInquired: 2,
        firstContact: '2026-01-21T09:00:00.000Z',
        lastContact: '2026-04-01T09:00:00.000Z',
      },
    ]);
  });
}, { citus: true });
