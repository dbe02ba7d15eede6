import { join } from 'node:path';
import { createTestDatabase, describeEachDatabase, makeTempDir, writeFiles } from '@hcdm/test-utils';
import { expect, it } from 'vitest';
import { openDatabase, type HcdmDatabase } from './hcdm-database.js';

// The CRM's own files, the same in both exports.
const CRM = {
  'customers.csv': 'customer_id,name,phone\nC1,Asha Rao,+919800000001\nC2,Bala Nair,+919800000002\nC3,Chitra Das,+919800000003\n',
  'listings.csv': 'property_id,title,location,price\nP1,Sea View,Bandra,100\nP2,Hill Top,Pune,80\n',
  'leads.csv': 'lead_id,customer_id,property_id,timestamp\nL1,C1,P1,2026-03-01T00:00:00Z\nL2,C2,P2,2026-03-02T00:00:00Z\nL3,C1,P2,2026-03-05T00:00:00Z\n',
};

/** The calls as the CRM would key them, each with the listing it came in on, where it did. */
const CALLS_BY_ID = [
  'call_id,customer_id,timestamp,duration,property_id',
  'K1,C1,2026-03-02T10:00:00Z,60,',
  'K2,C1,2026-03-06T10:00:00Z,30,',
  'K3,C2,2026-03-03T10:00:00Z,20,',
  'K4,C3,2026-03-04T10:00:00Z,10,',
  'K5,C1,2026-03-07T10:00:00Z,40,P1',
  'K7,C2,2026-07-01T10:00:00Z,25,P2',
].join('\n');

/** The business's tracking number: it advertised P1 until 1 June, then P2 (it moved mid-year). */
const TRACKING_NUMBERS = [
  'tracking_number,property_id,valid_from,valid_to',
  '+91 22 4000 1111,P1,,2026-06-01T00:00:00Z',
  '022-4000-1111,P2,2026-06-01T00:00:00Z,',
].join('\n');

/**
 * The same calls as a phone system exports them: its own column names, numbers spelled its way,
 * the number dialled in place of the listing, and one caller the CRM does not know.
 */
const CALLS_BY_PHONE = [
  'Call ID,Caller,Started,Seconds,Dialled',
  'K1,+91 98000 00001,2026-03-02T10:00:00Z,60,',
  'K2,098000-00001,2026-03-06T10:00:00Z,30,',
  'K3,9800000002,2026-03-03T10:00:00Z,20,',
  'K4,(+91) 98000 00003,2026-03-04T10:00:00Z,10,',
  'K5,+919800000001,2026-03-07T10:00:00Z,40,+91 22 4000 1111',
  'K6,98000 00077,2026-03-08T10:00:00Z,15,',
  'K7,+91 98000 00002,2026-07-01T10:00:00Z,25,02240001111',
].join('\n');
const PHONE_SYSTEM_COLUMNS = { calls: { 'call id': 'call_id', caller: 'phone', started: 'timestamp', seconds: 'duration', dialled: 'tracking_number' } };

const COMMANDS = ['show top 5 leads by call volume', 'show top 5 listings by call inquiries', 'show customer activity summary for C1', 'show customer activity summary for +91 98000 00002'];

async function answers(db: HcdmDatabase): Promise<unknown[]> {
  return Promise.all(COMMANDS.map(async (command) => (await db.query(command)).rows));
}

describeEachDatabase('a phone system export, keyed by numbers', () => {
  it('gives the analyses of the same calls keyed by CRM ids; its unknown caller is a customer of its own', async () => {
    const dir = makeTempDir();
    writeFiles(join(dir, 'crm'), CRM);
    writeFiles(join(dir, 'by-id'), { 'calls.csv': CALLS_BY_ID });
    writeFiles(join(dir, 'by-phone'), { 'tracking_numbers.csv': TRACKING_NUMBERS, 'calls.csv': CALLS_BY_PHONE });
    const [byId, byPhone] = [await openDatabase({ database: await createTestDatabase() }), await openDatabase({ database: await createTestDatabase() })];
    try {
      await byId.import([join(dir, 'crm'), join(dir, 'by-id')]);
      // Parsed in the worker thread (any size), as a large export would be.
      const summary = await byPhone.import([join(dir, 'crm'), join(dir, 'by-phone')], { columns: PHONE_SYSTEM_COLUMNS, workerMinBytes: 1 });
      expect([summary.kinds.calls.inserted, summary.newCustomers, summary.untaggedByTrackingNumber]).toEqual([7, 1, 0]);
      const expected = await answers(byId);
      expect(await answers(byPhone)).toEqual(expected);
      // Worked by hand: L1 gets K1 (its latest lead then) and K5 (tagged P1); L2 gets K3 and K7
      // (tagged P2, C2's lead on it); L3 gets K2. K4's customer has no lead.
      expect((expected[0] as { leadId: string; callCount: number }[]).map(({ leadId, callCount }) => [leadId, callCount])).toEqual([['L1', 2], ['L2', 2], ['L3', 1]]);
      // The listings: P1 has K1 and K5 (L1's listing, and tagged), P2 has K2 (L3's), K3 and K7.
      expect((expected[1] as { propertyId: string; callInquiries: number }[]).map(({ propertyId, callInquiries }) => [propertyId, callInquiries])).toEqual([['P2', 3], ['P1', 2]]);
      const unknown = (await byPhone.query('show customer activity summary for 9800000077')).rows[0];
      expect(unknown).toMatchObject({ customerId: '+919800000077', name: '', phone: '+919800000077', calls: 1, callSeconds: 15 });
    } finally {
      await Promise.all([byId.close(), byPhone.close()]);
    }
  });
}, { citus: true });
