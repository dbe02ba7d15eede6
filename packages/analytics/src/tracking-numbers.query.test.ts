import { join } from 'node:path';
import { createTestDatabase, describeEachDatabase, makeTempDir, writeFiles } from '@hcdm/test-utils';
import { expect, it } from 'vitest';
import { openDatabase } from './hcdm-database.js';

const EXPORTS = {
  'customers.csv': 'customer_id,name,phone\nC1,Asha Rao,+919800000001\n',
  'listings.csv': 'property_id,title,location,price\nP1,Sea View,Bandra,100\nP2,Hill Top,Pune,80\n',
  // 1111 serves P1 until 10 March, then P2; 2222 served P2 from 1 to 5 March.
  'tracking_numbers.csv': [
    'tracking_number,property_id,valid_from,valid_to',
    '+91 22 4000 1111,P1,,2026-03-10T00:00:00Z',
    '022 4000 1111,P2,2026-03-10T00:00:00Z,',
    '+91 22 4000 2222,P2,2026-03-01T00:00:00Z,2026-03-05T00:00:00Z',
  ].join('\n'),
  'calls.csv': [
    'call_id,phone,timestamp,duration,property_id,tracking_number',
    'K1,9800000001,2026-03-05T10:00:00Z,10,,+912240001111', // P1's stretch
    'K2,9800000001,2026-03-12T10:00:00Z,20,,02240001111', // P2's stretch
    'K3,9800000001,2026-03-06T10:00:00Z,30,,+912240002222', // after 2222's window: no listing
    'K4,9800000001,2026-03-06T10:00:00Z,40,P2,+912240001111', // named its listing: not counted for the number
  ].join('\n'),
  'sms.csv': 'sms_id,phone,timestamp,message_length,tracking_number\nS1,9800000001,2026-03-02T10:00:00Z,5,+912240002222\n',
};

describeEachDatabase('show tracking numbers', () => {
  it('lists each window of each number with its listing and the calls and SMS it carried then', async () => {
    const dir = makeTempDir();
    writeFiles(join(dir, 'exports'), EXPORTS);
    const db = await openDatabase({ database: await createTestDatabase() });
    try {
      const summary = await db.import([join(dir, 'exports')]);
      expect(summary.untaggedByTrackingNumber).toBe(1);
      expect((await db.query('show tracking numbers')).rows).toEqual([
        { trackingNumber: '+912240001111', propertyId: 'P1', title: 'Sea View', validFrom: null, validTo: '2026-03-10T00:00:00.000Z', calls: 1, sms: 0 },
        { trackingNumber: '+912240001111', propertyId: 'P2', title: 'Hill Top', validFrom: '2026-03-10T00:00:00.000Z', validTo: null, calls: 1, sms: 0 },
        { trackingNumber: '+912240002222', propertyId: 'P2', title: 'Hill Top', validFrom: '2026-03-01T00:00:00.000Z', validTo: '2026-03-05T00:00:00.000Z', calls: 0, sms: 1 },
      ]);
      // The tags count as the listings' inquiries: P1 K1; P2 K2 and K4 (calls), S1 (SMS).
      const listings = (await db.query('show top 2 listings by engagement')).rows.map((row) => [row.propertyId, row.callInquiries, row.smsInquiries]);
      expect(listings).toEqual([['P2', 2, 1], ['P1', 1, 0]]);
    } finally {
      await db.close();
    }
  });
}, { citus: true });
