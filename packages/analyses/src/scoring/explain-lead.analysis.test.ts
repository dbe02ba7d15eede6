import { NotFoundError } from '@hcdm/core';
import { describeEachDatabase } from '@hcdm/test-utils';
import { expect, it } from 'vitest';
import { insertFixture, openTempDatabase } from '../analyses.test-utils.js';
import { explainLead, type ExplainLeadOptions } from './explain-lead.analysis.js';
import { SCORING_CASES } from '@hcdm/test-database';

async function explain(leadId: string, options: ExplainLeadOptions = {}) {
  const db = await openTempDatabase();
  try {
    await insertFixture(db, SCORING_CASES);
    return await explainLead(db.dataSource.manager, leadId, options);
  } finally {
    await db.close();
  }
}

describeEachDatabase('explainLead', () => {
  it('lists each factor with its raw value, weight and points, then the total they add up to', async () => {
    // LB: 1 call, 1 SMS, 120 s, last SB1 on 03-08, 7 days before now (03-15): 6.2 + 4.1 + 4.8 + 21.2 = 36.3
    expect(await explain('LB')).toEqual({
      lead: {
        leadId: 'LB',
        customerId: 'C2',
        name: 'Bala Nair',
        phone: '+919800000002',
        propertyId: 'P1',
        callCount: 1,
        smsCount: 1,
        callSeconds: 120,
        score: 36.3,
        tier: 'cold',
      },
      lastActivityAt: Date.parse('2026-03-08T00:00:00Z'),
      now: Date.parse('2026-03-15T00:00:00Z'),
      factors: [
        { factor: 'calls', value: 1, weight: 30, points: 6.2 },
        { factor: 'sms', value: 1, weight: 20, points: 4.1 },
        { factor: 'callSeconds', value: 120, weight: 20, points: 4.8 },
        { factor: 'recency', value: 7, weight: 30, points: 21.2 },
        { factor: 'total', value: null, weight: 100, points: 36.3 },
      ],
    });
  });

  it('explains a lead with nothing in the period as all zeros, no days idle', async () => {
    const range = { from: Date.parse('2026-03-05T00:00:00Z'), to: Date.parse('2026-03-16T00:00:00Z') };
    const { factors, lastActivityAt } = await explain('LA', { range });
    expect({ factors, lastActivityAt }).toEqual({
      lastActivityAt: null,
      factors: [
        { factor: 'calls', value: 0, weight: 30, points: 0 },
        { factor: 'sms', value: 0, weight: 20, points: 0 },
        { factor: 'callSeconds', value: 0, weight: 20, points: 0 },
        { factor: 'recency', value: null, weight: 30, points: 0 },
        { factor: 'total', value: null, weight: 100, points: 0 },
      ],
    });
  });

  it('counts the creation of a lead without records as its last activity', async () => {
    const { factors, lastActivityAt } = await explain('LD');
    expect([lastActivityAt, factors.at(-2), factors.at(-1)]).toEqual([
      Date.parse('2026-03-15T00:00:00Z'),
      { factor: 'recency', value: 0, weight: 30, points: 30 },
      { factor: 'total', value: null, weight: 100, points: 30 },
    ]);
  });

  it('says an unknown lead is not found', async () => {
    const error = await explain('L999').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ code: 'NOT_FOUND', message: 'no lead L999' });
  });
}, { citus: true });
