import { CallRecord, SmsRecord } from '@hcdm/telecom';
import { describeEachDatabase } from '@hcdm/test-utils';
import { expect, it } from 'vitest';
import { insertFixture, openTempDatabase } from './attribution.test-utils.js';
import { ATTRIBUTION_CASES } from '@hcdm/test-database';

describeEachDatabase('refreshAttribution', () => {
  it('attributes each call to at most one lead and listing by the last-touch rule', async () => {
    const db = await openTempDatabase();
    await insertFixture(db, ATTRIBUTION_CASES);
    const calls = await db.dataSource.getRepository(CallRecord).find({ order: { callId: 'ASC' } });
    expect(calls.map((c) => [c.callId, c.attributedLeadId, c.attributedPropertyId])).toEqual([
      ['K1', 'LA2', 'P2'],
      ['K10', 'LC1', 'P1'],
      ['K11', null, null],
      ['K2', 'LA2', 'P2'],
      ['K3', 'LA1', 'P1'],
      ['K4', null, 'P3'],
      ['K5', 'LA2', 'P2'],
      ['K6', 'LA1', 'P1'],
      ['K7', 'LB2', 'P3'],
      ['K8', 'LB1', 'P1'],
      ['K9', 'LC2', 'P2'],
    ]);
    await db.close();
  });

  it('attributes SMS by the same rule', async () => {
    const db = await openTempDatabase();
    await insertFixture(db, ATTRIBUTION_CASES);
    const sms = await db.dataSource.getRepository(SmsRecord).find({ order: { smsId: 'ASC' } });
    expect(sms.map((s) => [s.smsId, s.attributedLeadId, s.attributedPropertyId])).toEqual([
      ['S1', 'LA2', 'P2'],
      ['S2', 'LC1', 'P1'],
      ['S3', null, 'P2'],
      ['S4', 'LB2', 'P3'],
      ['S5', 'LB2', 'P3'],
    ]);
    await db.close();
  });
}, { citus: true });
