import { DEFAULT_SETTINGS, NotFoundError } from '@hcdm/core';
import { describeEachDatabase } from '@hcdm/test-utils';
import { expect, it } from 'vitest';
import { insertFixture, openTempDatabase } from './analyses.test-utils.js';
import { DEFAULT_SCORING_CONFIG } from './scoring/scoring.config.js';
import { customerProfile, type CustomerProfileOptions } from './customer-profile.analysis.js';
import { insertProfileCases } from './analyses.test-utils.js';

async function profile(customer: string, options: Partial<CustomerProfileOptions> = {}) {
  const db = await openTempDatabase();
  try {
    await insertProfileCases(db);
    return await customerProfile(db.dataSource.manager, { customer, settings: DEFAULT_SETTINGS, scoring: DEFAULT_SCORING_CONFIG, ...options });
  } finally {
    await db.close();
  }
}

const WHO = { customerId: 'C1', name: 'Asha Rao', phone: '+919800000001' };
const at = (day: string) => `2026-03-${day}T00:00:00.000Z`;
const call = (id: string, day: string, direction: string, detail: string, propertyId: string, leadId: string) =>
  ({ timestamp: at(day), type: 'call', id, direction, detail, propertyId, leadId, agent: null }) as const;
const sms = (id: string, day: string, direction: string, detail: string, propertyId: string, leadId: string) =>
  ({ timestamp: at(day), type: 'sms', id, direction, detail, propertyId, leadId, agent: null }) as const;
const lead = (id: string, day: string, propertyId: string) =>
  ({ timestamp: at(day), type: 'lead', id, direction: null, detail: `lead on ${propertyId}`, propertyId, leadId: id, agent: null }) as const;

// Worked by hand in profile-cases.test-utils.ts. Newest first; LB and S2 share an instant: by id.
const TIMELINE = [
  sms('S3', '15', 'inbound', '15 chars', 'P2', 'LB'),
  call('K5', '13', 'inbound', '0 s missed', 'P1', 'LA'),
  call('K4', '12', 'inbound', '300 s answered', 'P2', 'LB'),
  lead('LB', '10', 'P2'),
  sms('S2', '10', 'outbound', '120 chars', 'P2', 'LB'),
  sms('S1', '05', 'inbound', '42 chars', 'P1', 'LA'),
  call('K3', '04', 'outbound', '0 s missed', 'P1', 'LA'),
  call('K2', '03', 'inbound', '150 s answered', 'P1', 'LA'),
  call('K1', '02', 'inbound', '150 s answered', 'P1', 'LA'),
  lead('LA', '01', 'P1'),
];

describeEachDatabase('customerProfile', () => {
  it("answers the customer's summary, scored leads and timeline, and nothing of other customers", async () => {
    expect(await profile('+91 98000 00001')).toEqual({
      summary: {
        ...WHO,
        calls: 5,
        callSeconds: 600,
        sms: 3,
        leadsContacted: 2,
        listingsInquired: 2,
        firstContact: at('02'),
        lastContact: at('15'),
      },
      leads: [
        { leadId: 'LA', ...WHO, propertyId: 'P1', callCount: 4, smsCount: 1, callSeconds: 300, score: 59.4, tier: 'warm' },
        { leadId: 'LB', ...WHO, propertyId: 'P2', callCount: 1, smsCount: 2, callSeconds: 300, score: 53.6, tier: 'warm' },
      ],
      timeline: TIMELINE,
    });
  });

  it('keeps the latest N events', async () => {
    expect((await profile('C1', { timelineLimit: 3 })).timeline).toEqual(TIMELINE.slice(0, 3));
  });

  it('counts, scores and lists only the period', async () => {
    // [03-10, 03-14): K4, K5, S2, lead LB. Scores ("now" still 03-15):
    // LB: 1 call, 300 s, S2, last K4 03-12 (3 days): 6.2 + 4.1 + 10 + 30×0.5^(3/14) = 25.86 -> 25.9: 46.2 warm
    // LA: K5 only (0 s; its creation is outside), last 03-13 (2 days): 6.2 + 0 + 0 + 27.2 = 33.4 cold
    const range = { from: Date.parse('2026-03-10T00:00:00Z'), to: Date.parse('2026-03-14T00:00:00Z') };
    expect(await profile('C1', { range })).toEqual({
      summary: { ...WHO, calls: 2, callSeconds: 300, sms: 1, leadsContacted: 1, listingsInquired: 2, firstContact: at('10'), lastContact: at('13') },
      leads: [
        { leadId: 'LB', ...WHO, propertyId: 'P2', callCount: 1, smsCount: 1, callSeconds: 300, score: 46.2, tier: 'warm' },
        { leadId: 'LA', ...WHO, propertyId: 'P1', callCount: 1, smsCount: 0, callSeconds: 0, score: 33.4, tier: 'cold' },
      ],
      timeline: TIMELINE.slice(1, 5),
    });
  });

  it('shows the timeline in the configured zone', async () => {
    const { timeline } = await profile('C1', { settings: { ...DEFAULT_SETTINGS, timeZone: 'Asia/Kolkata' }, timelineLimit: 2 });
    expect(timeline.map((event) => event.timestamp)).toEqual(['2026-03-15T05:30:00.000+05:30', '2026-03-13T05:30:00.000+05:30']);
  });

  it('measures recency from the "now" given', async () => {
    // 14 days later: LA 16 days idle: 30×0.5^(16/14) = 13.60 -> 13.6, 18.1 + 4.1 + 10 + 13.6 = 45.8;
    // LB 14 days: 15, 6.2 + 7.4 + 10 + 15 = 38.6 cold
    const { leads } = await profile('C1', { now: Date.parse('2026-03-29T00:00:00Z') });
    expect(leads.map(({ leadId, score, tier }) => ({ leadId, score, tier }))).toEqual([
      { leadId: 'LA', score: 45.8, tier: 'warm' },
      { leadId: 'LB', score: 38.6, tier: 'cold' },
    ]);
  });

  it('answers no leads and an empty timeline for a customer without activity', async () => {
    const db = await openTempDatabase();
    await insertProfileCases(db);
    await insertFixture(db, { customers: [['C3', 'Chitra Das', '+919800000003']] });
    const result = await customerProfile(db.dataSource.manager, { customer: 'C3', settings: DEFAULT_SETTINGS, scoring: DEFAULT_SCORING_CONFIG });
    await db.close();
    expect(result).toEqual({
      summary: {
        customerId: 'C3',
        name: 'Chitra Das',
        phone: '+919800000003',
        calls: 0,
        callSeconds: 0,
        sms: 0,
        leadsContacted: 0,
        listingsInquired: 0,
        firstContact: null,
        lastContact: null,
      },
      leads: [],
      timeline: [],
    });
  });

  it('is a NotFoundError for an unknown id or phone', async () => {
    const error = await profile('C99').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as Error).message).toBe('no customer with id or phone C99');
    await expect(profile('+91-9999999999')).rejects.toThrow('no customer with phone +919999999999');
  });
}, { citus: true });
