import { refreshAttribution } from '@hcdm/attribution';
import { DEFAULT_SETTINGS, HcdmError, NotFoundError } from '@hcdm/core';
import { mergeCustomers } from '@hcdm/identity';
import { describeEachDatabase } from '@hcdm/test-utils';
import { expect, it } from 'vitest';
import { insertFixture, openTempDatabase } from './analyses.test-utils.js';
import { ATTRIBUTION_CASES } from '@hcdm/test-database';
import { customerSummary } from './customer-summary.analysis.js';

async function summary(customer: string, options: { timeZone?: string; range?: { from: number; to: number } } = {}) {
  const db = await openTempDatabase();
  await insertFixture(db, ATTRIBUTION_CASES);
  const settings = { ...DEFAULT_SETTINGS, timeZone: options.timeZone ?? 'UTC' };
  try {
    return await customerSummary(db.dataSource.manager, { customer, settings, range: options.range });
  } finally {
    await db.close();
  }
}

describeEachDatabase('customerSummary', () => {
  it('counts calls, seconds, SMS, leads and listings from leads and tags, by any phone spelling', async () => {
    // C1: calls K1..K6 = 60+120+30+45+10+20 = 285 s; SMS S1; leads LA1 (P1) LA2 (P2);
    // tags K1 P2, K4 P3, K6 P1 -> listings P1 P2 P3; first K3, last K4.
    expect(await summary('98000 00001')).toEqual({
      customerId: 'C1',
      name: 'Asha Rao',
      phone: '+919800000001',
      calls: 6,
      callSeconds: 285,
      sms: 1,
      leadsContacted: 2,
      listingsInquired: 3,
      firstContact: '2026-02-01T10:00:00.000Z',
      lastContact: '2026-03-07T10:00:00.000Z',
    });
  });

  it('looks a customer up by id, and counts the listings a customer without leads inquired about', async () => {
    expect(await summary('C4')).toEqual({
      customerId: 'C4',
      name: 'Dev Singh',
      phone: '+919800000004',
      calls: 1,
      callSeconds: 70,
      sms: 1,
      leadsContacted: 0,
      listingsInquired: 1,
      firstContact: '2026-03-04T00:00:00.000Z',
      lastContact: '2026-03-04T01:00:00.000Z',
    });
  });

  it('shows first and last contact in the configured zone', async () => {
    // C2: K7 100 s, K8 50 s (03:30Z, the first); S4, S5 (the last, 2026-03-12T00:00Z); leads on P1, P3.
    expect(await summary('+91-9800000002', { timeZone: 'Asia/Kolkata' })).toEqual({
      customerId: 'C2',
      name: 'Bala Nair',
      phone: '+919800000002',
      calls: 2,
      callSeconds: 150,
      sms: 2,
      leadsContacted: 2,
      listingsInquired: 2,
      firstContact: '2026-03-10T09:00:00.000+05:30',
      lastContact: '2026-03-12T05:30:00.000+05:30',
    });
  });

  it('answers zeros and no contact for a customer with no activity', async () => {
    expect(await summary('C5')).toEqual({
      customerId: 'C5',
      name: 'Esha Kapoor',
      phone: '+919800000005',
      calls: 0,
      callSeconds: 0,
      sms: 0,
      leadsContacted: 0,
      listingsInquired: 0,
      firstContact: null,
      lastContact: null,
    });
  });

  it('counts only records in the range, and only leads created in it', async () => {
    // [2026-03-05T00:00Z, 2026-03-07T00:00Z): K2 120, K5 10, K6 20 (tag P1); S1; lead LA2 (P2).
    const range = { from: Date.parse('2026-03-05T00:00:00Z'), to: Date.parse('2026-03-07T00:00:00Z') };
    expect(await summary('C1', { range })).toEqual({
      customerId: 'C1',
      name: 'Asha Rao',
      phone: '+919800000001',
      calls: 3,
      callSeconds: 150,
      sms: 1,
      leadsContacted: 1,
      listingsInquired: 2,
      firstContact: '2026-03-05T10:00:00.000Z',
      lastContact: '2026-03-06T12:00:00.000Z',
    });
  });

  it('names the normalized phone when no customer has it', async () => {
    const error = await summary('09999999999').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as Error).message).toBe('no customer with phone +919999999999');
  });

  it('says neither id nor phone matched for text that is not a phone', async () => {
    await expect(summary('C99')).rejects.toThrow('no customer with id or phone C99');
  });

  it('refuses to guess between two customers on one phone', async () => {
    const db = await openTempDatabase();
    await insertFixture(db, { customers: [['C7', 'Gita', '+919800000007'], ['C6', 'Farah', '+919800000007']] });
    const error = await customerSummary(db.dataSource.manager, { customer: '9800000007', settings: DEFAULT_SETTINGS }).catch(
      (e: unknown) => e,
    );
    await db.close();
    expect(error).toBeInstanceOf(HcdmError);
    expect(error).toMatchObject({
      code: 'AMBIGUOUS',
      message: 'phone +919800000007 belongs to customers C6, C7; look one up by customer id, or merge them: hcdm merge C7 into C6',
    });
  });

  it('answers for the customer an id was merged into', async () => {
    const db = await openTempDatabase();
    await insertFixture(db, ATTRIBUTION_CASES);
    await mergeCustomers(db.dataSource.manager, 'C2', 'C1', refreshAttribution);
    const merged = await customerSummary(db.dataSource.manager, { customer: 'C2', settings: DEFAULT_SETTINGS });
    const unknown = await customerSummary(db.dataSource.manager, { customer: 'C22', settings: DEFAULT_SETTINGS }).catch((e: unknown) => e);
    await db.close();
    // C1's 6 calls (285 s), S1, LA1 and LA2, and C2's K7 (100 s), K8 (50 s), S4, S5, LB1 (P1) and
    // LB2 (P3): listings P1, P2, P3 as before; first K3 (C1's), last S5 (C2's).
    expect(merged).toEqual({
      customerId: 'C1',
      name: 'Asha Rao',
      phone: '+919800000001',
      calls: 8,
      callSeconds: 435,
      sms: 3,
      leadsContacted: 4,
      listingsInquired: 3,
      firstContact: '2026-02-01T10:00:00.000Z',
      lastContact: '2026-03-12T00:00:00.000Z',
    });
    expect(unknown).toMatchObject({ code: 'NOT_FOUND', message: 'no customer with id or phone C22' });
  });
}, { citus: true });
