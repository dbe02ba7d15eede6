import { NotFoundError } from '@hcdm/core';
import { describeEachDatabase } from '@hcdm/test-utils';
import { expect, it } from 'vitest';
import { insertFixture, openTempDatabase } from './analyses.test-utils.js';
import { ATTRIBUTION_CASES } from '@hcdm/test-database';
import { listingSummary, type ListingSummaryOptions } from './listing-summary.analysis.js';

async function summary(options: ListingSummaryOptions) {
  const db = await openTempDatabase();
  await insertFixture(db, ATTRIBUTION_CASES);
  try {
    return await listingSummary(db.dataSource.manager, options);
  } finally {
    await db.close();
  }
}

describeEachDatabase('listingSummary', () => {
  it('counts leads, attributed calls and SMS, inquirers once over all three, first and last inquiry', async () => {
    // P1 from the fixture's comments: leads LA1 (C1) LB1 (C2) LC1 (C3); calls K3 K6 (C1) K8 (C2)
    // K10 (C3); SMS S2 (C3) -> inquirers C1 C2 C3 = 3. First K3 02-01T10:00Z, last K8 03-10T03:30Z.
    expect(await summary({ propertyId: 'P1' })).toEqual({
      propertyId: 'P1',
      title: '2BHK Andheri',
      location: 'Mumbai',
      price: 100,
      leads: 3,
      calls: 4,
      sms: 1,
      inquirers: 3,
      firstInquiry: '2026-02-01T10:00:00.000Z',
      lastInquiry: '2026-03-10T03:30:00.000Z',
    });
  });

  it('counts a lead as an inquiry, and shows the times in the zone', async () => {
    // P3: leads LB2 (C2, 03-10T04:30Z) LD1 (C6, no calls or SMS); calls K4 (C1, 03-07T10:00Z) K7 (C2);
    // SMS S4 S5 (C2, the last 03-12T00:00Z) -> inquirers C1 C2 C6 = 3.
    expect(await summary({ propertyId: 'P3', timeZone: 'Asia/Kolkata' })).toEqual({
      propertyId: 'P3',
      title: 'Plot Baner',
      location: 'Pune',
      price: 200,
      leads: 2,
      calls: 2,
      sms: 2,
      inquirers: 3,
      firstInquiry: '2026-03-07T15:30:00.000+05:30',
      lastInquiry: '2026-03-12T05:30:00.000+05:30',
    });
  });

  it('counts only what falls in the range', async () => {
    // [03-05, 03-11): P3 keeps LB2 LD1, K4 K7; S4 (03-11) and S5 fall out.
    const range = { from: Date.parse('2026-03-05T00:00:00Z'), to: Date.parse('2026-03-11T00:00:00Z') };
    expect(await summary({ propertyId: 'P3', range })).toEqual({
      propertyId: 'P3',
      title: 'Plot Baner',
      location: 'Pune',
      price: 200,
      leads: 2,
      calls: 2,
      sms: 0,
      inquirers: 3,
      firstInquiry: '2026-03-07T10:00:00.000Z',
      lastInquiry: '2026-03-10T05:00:00.000Z',
    });
  });

  it('answers zeros and no inquiry for a listing nobody asked about', async () => {
    expect(await summary({ propertyId: 'P4' })).toEqual({
      propertyId: 'P4',
      title: 'Studio Powai',
      location: 'Mumbai',
      price: 50,
      leads: 0,
      calls: 0,
      sms: 0,
      inquirers: 0,
      firstInquiry: null,
      lastInquiry: null,
    });
  });

  it('throws NotFoundError for an unknown listing', async () => {
    const error = await summary({ propertyId: 'P9' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as Error).message).toBe('no listing with id P9');
  });
}, { citus: true });
