import { describeEachDatabase } from '@hcdm/test-utils';
import { FILTER_CASES, FILTER_INSIGHT_CASES, insertFilterStatuses } from '@hcdm/test-database';
import { expect, it } from 'vitest';
import type { EntityManager } from 'typeorm';
import { agentRanking, type AgentRow } from './agents/agent-ranking.analysis.js';
import { insertDirectedFixture, insertFixture, openTempDatabase } from './analyses.test-utils.js';
import { leadFunnel, type LeadFunnelRow } from './lead-funnel.analysis.js';
import { leadSources, type LeadSourceRow } from './lead-sources.analysis.js';
import { DEFAULT_LEAD_STATUSES } from './lead-statuses/lead-statuses.config.js';
import { rebuildPrecomputed } from './precomputed/precomputed.rebuild.js';
import { DEFAULT_SCORING_CONFIG } from './scoring/scoring.config.js';

/** FILTER_CASES with FILTER_CASE_STATUSES (packages/test-database cases/filter-cases.ts). */
async function withStatuses<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
  const db = await openTempDatabase();
  await insertFixture(db, FILTER_CASES);
  await insertFilterStatuses(db);
  try {
    return await work(db.dataSource.manager);
  } finally {
    await db.close();
  }
}

async function withInsights<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
  const db = await openTempDatabase();
  await insertDirectedFixture(db, FILTER_INSIGHT_CASES);
  try {
    return await work(db.dataSource.manager);
  } finally {
    await db.close();
  }
}

const statuses = DEFAULT_LEAD_STATUSES;
const between = (from: string, to: string) => ({ from: Date.parse(from), to: Date.parse(to) });

// FILTER_CASES by source, all time. The source "website" is spelled website (L1) and Website (L3),
// one lead each: the tie names it by code-unit order, "Website". Every call and SMS there is
// inbound, so no lead is reached (median null, reached 0). Per lead, from the fixture's comments:
// L1 website P1 Andheri Priya closed-won: calls K1 K2 K3, SMS S1 S2
// L2 referral P2 Navi Mumbai Ravi negotiating: calls K4 K5, SMS S3
// L3 Website P3 Andheri Priya contacted: calls K6 K7 K8, SMS S4 S5
// L4 referral P2 Navi Mumbai nobody closed-lost: call K9
// K10 (Priya, on P2) has no lead, so no source.
function source(name: string, leads: number, calls: number, sms: number, won: number): LeadSourceRow {
  const share = (part: number) => (leads === 0 ? null : part / leads);
  return { source: name, leads, calls, sms, engagement: calls + sms, medianSeconds: null, reached: 0, reachedShare: share(0), won, conversion: share(won) };
}

describeEachDatabase('sources ranked with a filter', () => {
  it('keeps the leads on the listings of a location and the calls and SMS attributed there; every source keeps its row', async () => {
    const { andheri, navi, all } = await withStatuses(async (manager) => ({
      andheri: await leadSources(manager, { metric: 'leads', statuses, filter: { location: 'andheri' } }),
      navi: await leadSources(manager, { metric: 'leads', statuses, filter: { location: 'Navi Mumbai' } }),
      all: await leadSources(manager, { metric: 'leads', statuses }),
    }));
    // Andheri (P1, P3): L1 L3 (won L1: 1/2), calls K1 K2 K3 K6 K7 K8, SMS S1 S2 S4 S5; referral has nothing there.
    expect(andheri).toEqual([source('Website', 2, 6, 4, 1), source('referral', 0, 0, 0, 0)]);
    // Navi Mumbai (P2): L2 L4 (none won), calls K4 K5 K9, SMS S3 (K10 is on P2 but has no lead, so no source).
    expect(navi).toEqual([source('referral', 2, 3, 1, 0), source('Website', 0, 0, 0, 0)]);
    // Adds up: the two locations together are all of it; 2 leads each tie, "Website" before "referral" by code unit.
    expect(all).toEqual([source('Website', 2, 6, 4, 1), source('referral', 2, 3, 1, 0)]);
  });

  it("keeps an agent's own: the leads they own and the calls and SMS they handled, on anyone's leads", async () => {
    const { ravi, priya } = await withStatuses(async (manager) => ({
      ravi: await leadSources(manager, { metric: 'engagement', statuses, filter: { agent: 'Ravi' } }),
      priya: await leadSources(manager, { metric: 'conversion', statuses, filter: { agent: 'PRIYA' } }),
    }));
    // Ravi owns L2 (negotiating); handled K4 K5 (L2), K9 (L4), SMS S3 (L2): referral 3 + 1 = 4; and K2 on Priya's L1: Website 1.
    expect(ravi).toEqual([source('referral', 1, 3, 1, 0), source('Website', 0, 1, 0, 0)]);
    // Priya owns L1 (won) and L3: 1/2; handled K1 K3 K6 K8 and S1 S2 S5 (K10 has no lead); referral: nothing, conversion null last.
    expect(priya).toEqual([source('Website', 2, 4, 3, 1), source('referral', 0, 0, 0, 0)]);
  });

  it('keeps one row for a source, whatever case it is written in, and the period with it', async () => {
    const { website, referral, priyaInMarch } = await withStatuses(async (manager) => ({
      website: await leadSources(manager, { metric: 'leads', statuses, filter: { source: 'WEBSITE' } }),
      referral: await leadSources(manager, { metric: 'speedToLead', statuses, filter: { source: 'referral' } }),
      // [03-11, 03-21): no lead of Priya's is created then; she handled K3 (L1), K8 (L3) and S2 (L1).
      priyaInMarch: await leadSources(manager, { metric: 'engagement', statuses, filter: { agent: 'Priya' }, range: between('2026-03-11T00:00:00Z', '2026-03-21T00:00:00Z') }),
    }));
    expect(website).toEqual([source('Website', 2, 6, 4, 1)]);
    expect(referral).toEqual([source('referral', 2, 3, 1, 0)]);
    expect(priyaInMarch).toEqual([source('Website', 0, 2, 1, 0), source('referral', 0, 0, 0, 0)]);
  });

  it('measures speed to lead over the leads kept, the response by anyone', async () => {
    const { andheri, priya } = await withInsights(async (manager) => ({
      andheri: await leadSources(manager, { metric: 'speedToLead', statuses, filter: { location: 'Andheri' } }),
      priya: await leadSources(manager, { metric: 'speedToLead', statuses, filter: { agent: 'Priya' } }),
    }));
    // FILTER_INSIGHT_CASES (no statuses: nothing won). Andheri (P1): L1 website reached by O1 after 7200 s
    // (calls M1 O1), L3 referral never (call M3). Priya owns L1 and L3 and handled M1 (L1) and O2 (Ravi's L2, referral).
    const reached = { medianSeconds: 7200, reached: 1, reachedShare: 1, won: 0, conversion: 0 };
    const never = { medianSeconds: null, reached: 0, reachedShare: 0, won: 0, conversion: 0 };
    expect(andheri).toEqual([
      { source: 'website', leads: 1, calls: 2, sms: 0, engagement: 2, ...reached },
      { source: 'referral', leads: 1, calls: 1, sms: 0, engagement: 1, ...never },
    ]);
    expect(priya).toEqual([
      { source: 'website', leads: 1, calls: 1, sms: 0, engagement: 1, ...reached },
      { source: 'referral', leads: 1, calls: 1, sms: 0, engagement: 1, ...never },
    ]);
  });

  it('reads the data, not the precomputed figures, when filtered, even while those are current', async () => {
    const { all, navi } = await withStatuses(async (manager) => {
      await rebuildPrecomputed(manager, { scoring: DEFAULT_SCORING_CONFIG });
      return {
        all: await leadSources(manager, { metric: 'leads', statuses }),
        navi: await leadSources(manager, { metric: 'leads', statuses, filter: { location: 'Navi Mumbai' } }),
      };
    });
    expect(all).toEqual([source('Website', 2, 6, 4, 1), source('referral', 2, 3, 1, 0)]);
    expect(navi).toEqual([source('referral', 2, 3, 1, 0), source('Website', 0, 0, 0, 0)]);
  });

  it('refuses a value the data does not have, naming those it has', async () => {
    await expect(withStatuses((manager) => leadSources(manager, { metric: 'leads', statuses, filter: { location: 'Pune' } }))).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'no listing is in location "Pune" (locations: Andheri, Navi Mumbai)',
    });
  });
}, { citus: true });

const row = (status: string, kind: LeadFunnelRow['kind'], leads: number, reached: number, share: number | null) => ({ status, kind, leads, reached, share });

describeEachDatabase('the lead funnel with a filter', () => {
  it('counts the leads on the listings of a location', async () => {
    // Andheri: L1 closed-won, L3 contacted (2 leads). contacted or beyond: 1 + 0 + 0 + 1 = 2; visit-scheduled,
    // negotiating and closed-won: L1 alone, 1/2.
    expect(await withStatuses((manager) => leadFunnel(manager, { statuses, filter: { location: 'Andheri' } }))).toEqual([
      row('new', 'stage', 0, 2, 1),
      row('contacted', 'stage', 1, 2, 1),
      row('visit-scheduled', 'stage', 0, 1, 0.5),
      row('negotiating', 'stage', 0, 1, 0.5),
      row('closed-won', 'won', 1, 1, 0.5),
      row('closed-lost', 'lost', 0, 0, 0),
    ]);
  });

  it("counts an agent's own leads, and several filters at once", async () => {
    const { ravi, referralNavi, nothing } = await withStatuses(async (manager) => ({
      ravi: await leadFunnel(manager, { statuses, filter: { agent: 'ravi' } }),
      referralNavi: await leadFunnel(manager, { statuses, filter: { source: 'referral', location: 'Navi Mumbai' } }),
      nothing: await leadFunnel(manager, { statuses, filter: { agent: 'Priya', location: 'Navi Mumbai' } }),
    }));
    // Ravi owns L2 alone, negotiating: every stage up to negotiating reached, 1/1.
    expect(ravi).toEqual([
      row('new', 'stage', 0, 1, 1),
      row('contacted', 'stage', 0, 1, 1),
      row('visit-scheduled', 'stage', 0, 1, 1),
      row('negotiating', 'stage', 1, 1, 1),
      row('closed-won', 'won', 0, 0, 0),
      row('closed-lost', 'lost', 0, 0, 0),
    ]);
    // Referral in Navi Mumbai: L2 negotiating, L4 closed-lost (2 leads): both entered at new; L2 alone beyond, 1/2.
    expect(referralNavi).toEqual([
      row('new', 'stage', 0, 2, 1),
      row('contacted', 'stage', 0, 1, 0.5),
      row('visit-scheduled', 'stage', 0, 1, 0.5),
      row('negotiating', 'stage', 1, 1, 0.5),
      row('closed-won', 'won', 0, 0, 0),
      row('closed-lost', 'lost', 1, 1, 0.5),
    ]);
    // Priya owns nothing in Navi Mumbai: every stage 0, no share.
    expect(nothing.map((r) => [r.status, r.leads, r.reached, r.share])).toEqual(
      ['new', 'contacted', 'visit-scheduled', 'negotiating', 'closed-won', 'closed-lost'].map((status) => [status, 0, 0, null]),
    );
  });
}, { citus: true });

const agent = (name: string, figures: Partial<AgentRow>): AgentRow => ({
  agent: name,
  calls: 0,
  callSeconds: 0,
  sms: 0,
  missedCalls: 0,
  unreturnedMissedCalls: 0,
  medianSpeedToLeadSeconds: null,
  leads: 0,
  ...figures,
});

// FILTER_INSIGHT_CASES (answered calls 60 s, the others 0 s): M1 (Priya) on L1 website P1 Andheri, returned
// by O1 an hour later; O1 (nobody) on L1; M2 (Ravi) on L2 referral P2 Navi Mumbai, unreturned (O2 is 48 h
// later); O2 (Priya, 60 s) on L2; M3 (nobody) on L3 referral P1. Leads: L1 Priya reached after 7200 s,
// L2 Ravi after 176400 s, L3 Priya never.
describeEachDatabase('agents ranked with a filter', () => {
  it('keeps the calls attributed to the leads of a source and the leads of that source', async () => {
    const { referral, referralBySpeed, website } = await withInsights(async (manager) => ({
      referral: await agentRanking(manager, { metric: 'calls', filter: { source: 'referral' } }),
      referralBySpeed: await agentRanking(manager, { metric: 'medianSpeedToLeadSeconds', filter: { source: 'referral' } }),
      website: await agentRanking(manager, { metric: 'calls', filter: { source: 'website' } }),
    }));
    // Referral: Priya O2 (60 s) and owns L3 (never reached); Ravi M2 (missed, unreturned) and owns L2. 1 call each: by name.
    const priya = agent('Priya', { calls: 1, callSeconds: 60, leads: 1 });
    const ravi = agent('Ravi', { calls: 1, missedCalls: 1, unreturnedMissedCalls: 1, medianSpeedToLeadSeconds: 176400, leads: 1 });
    expect(referral).toEqual([priya, ravi]);
    expect(referralBySpeed).toEqual([ravi, priya]); // Priya's median is null: last
    // Website: Priya's M1 (returned by O1, nobody's call) and L1; Ravi has nothing of it, so no row.
    expect(website).toEqual([agent('Priya', { calls: 1, missedCalls: 1, medianSpeedToLeadSeconds: 7200, leads: 1 })]);
  });

  it('keeps the calls attributed to the listings of a location and the leads on them, and both filters at once', async () => {
    const { navi, andheri, both } = await withInsights(async (manager) => ({
      navi: await agentRanking(manager, { metric: 'missedCalls', filter: { location: 'Navi Mumbai' } }),
      andheri: await agentRanking(manager, { metric: 'calls', filter: { location: 'Andheri' } }),
      both: await agentRanking(manager, { metric: 'leads', filter: { source: 'referral', location: 'Andheri' } }),
    }));
    // Navi Mumbai (P2): Ravi M2 and L2; Priya O2 and no lead there.
    expect(navi).toEqual([
      agent('Ravi', { calls: 1, missedCalls: 1, unreturnedMissedCalls: 1, medianSpeedToLeadSeconds: 176400, leads: 1 }),
      agent('Priya', { calls: 1, callSeconds: 60 }),
    ]);
    // Andheri (P1): Priya M1, L1 (7200 s) and L3 (never): median of the reached, 7200.
    expect(andheri).toEqual([agent('Priya', { calls: 1, missedCalls: 1, medianSpeedToLeadSeconds: 7200, leads: 2 })]);
    // Referral in Andheri: L3 (Priya's) and M3 (nobody's): Priya with a lead and no call.
    expect(both).toEqual([agent('Priya', { leads: 1 })]);
  });

  it("keeps one agent's row for an agent, written in any case", async () => {
    const rows = await withInsights((manager) => agentRanking(manager, { metric: 'calls', filter: { agent: 'ravi' } }));
    expect(rows).toEqual([agent('Ravi', { calls: 1, missedCalls: 1, unreturnedMissedCalls: 1, medianSpeedToLeadSeconds: 176400, leads: 1 })]);
  });

  it('adds up: the sources together are the unfiltered ranking, figure for figure', async () => {
    const { all, website, referral } = await withInsights(async (manager) => ({
      all: await agentRanking(manager, { metric: 'calls' }),
      website: await agentRanking(manager, { metric: 'calls', filter: { source: 'website' } }),
      referral: await agentRanking(manager, { metric: 'calls', filter: { source: 'referral' } }),
    }));
    // Every record here is attributed to a lead with a source. Priya: M1 + O2 = 2 calls, 60 s, M1 missed, L1 + L3.
    expect(all).toEqual([
      agent('Priya', { calls: 2, callSeconds: 60, missedCalls: 1, medianSpeedToLeadSeconds: 7200, leads: 2 }),
      agent('Ravi', { calls: 1, missedCalls: 1, unreturnedMissedCalls: 1, medianSpeedToLeadSeconds: 176400, leads: 1 }),
    ]);
    const sum = (name: string, key: 'calls' | 'callSeconds' | 'missedCalls' | 'leads') =>
      [...website, ...referral].filter((row) => row.agent === name).reduce((total, row) => total + row[key], 0);
    expect(all.map((row) => [row.calls, row.callSeconds, row.missedCalls, row.leads])).toEqual(
      ['Priya', 'Ravi'].map((name) => [sum(name, 'calls'), sum(name, 'callSeconds'), sum(name, 'missedCalls'), sum(name, 'leads')]),
    );
  });

  it('counts talk time and SMS under a filter; a location keeps a call on its listing that has no lead', async () => {
    const { website, navi } = await withStatuses(async (manager) => ({
      website: await agentRanking(manager, { metric: 'callSeconds', filter: { source: 'website' } }),
      navi: await agentRanking(manager, { metric: 'callSeconds', filter: { location: 'Navi Mumbai' } }),
    }));
    // FILTER_CASES, website (L1, L3): Priya K1 K3 K6 K8 = 60 + 90 + 10 + 50 s, SMS S1 S2 S5, owns both; Ravi K2 30 s.
    expect(website).toEqual([agent('Priya', { calls: 4, callSeconds: 210, sms: 3, leads: 2 }), agent('Ravi', { calls: 1, callSeconds: 30 })]);
    // Navi Mumbai (P2): Ravi K4 K5 K9 = 120 + 40 + 70 s, SMS S3, owns L2; Priya K10 (15 s, tagged P2, no lead).
    expect(navi).toEqual([agent('Ravi', { calls: 3, callSeconds: 230, sms: 1, leads: 1 }), agent('Priya', { calls: 1, callSeconds: 15 })]);
  });
}, { citus: true });
