import { NotFoundError } from '@hcdm/core';
import { describeEachDatabase } from '@hcdm/test-utils';
import { expect, it } from 'vitest';
import { insertAgentCases, openTempDatabase } from '../analyses.test-utils.js';
import { agentRanking, type AgentMetric, type AgentRow } from './agent-ranking.analysis.js';
import { agentSummary, type AgentSummaryOptions } from './agent-summary.analysis.js';
import { precomputedIsCurrent, rebuildPrecomputed } from '../precomputed/precomputed.rebuild.js';
import { DEFAULT_SCORING_CONFIG } from '../scoring/scoring.config.js';

// The figures are worked out beside AGENT_CASES (@hcdm/test-database, cases/agent-cases.ts).
const range = (from: string, to: string) => ({ from: Date.parse(from), to: Date.parse(to) });

/**
 * The agent cases, the figures read from the records, or with `precomputed` off the tables an
 * import builds (each missed call's return and each lead's first response, with their agents):
 * the same hand-worked figures either way.
 */
async function withAgents<T>(precomputed: boolean, run: (db: Awaited<ReturnType<typeof openTempDatabase>>) => Promise<T>): Promise<T> {
  const db = await openTempDatabase();
  await insertAgentCases(db);
  try {
    if (precomputed) await rebuildPrecomputed(db.dataSource.manager, { scoring: DEFAULT_SCORING_CONFIG });
    expect(await precomputedIsCurrent(db.dataSource.manager)).toBe(precomputed);
    return await run(db);
  } finally {
    await db.close();
  }
}

// Medians by nearest rank: Anita's reached leads L1 120, L6 1800, L2 3600 s: the 2nd of 3 = 1800;
// Rahul's L4 300 s (L3 never reached): 300; Zoe owns no lead.
const ANITA: AgentRow = { agent: 'Anita', calls: 5, callSeconds: 170, sms: 2, missedCalls: 2, unreturnedMissedCalls: 1, medianSpeedToLeadSeconds: 1800, leads: 3 };
const RAHUL: AgentRow = { agent: 'Rahul', calls: 4, callSeconds: 200, sms: 0, missedCalls: 2, unreturnedMissedCalls: 1, medianSpeedToLeadSeconds: 300, leads: 2 };
const ZOE: AgentRow = { agent: 'Zoe', calls: 0, callSeconds: 0, sms: 1, missedCalls: 0, unreturnedMissedCalls: 0, medianSpeedToLeadSeconds: null, leads: 0 };

for (const precomputed of [false, true]) {
  const source = precomputed ? 'off the precomputed tables' : 'from the records';
  const rank = (metric: AgentMetric, options: { limit?: number; range?: ReturnType<typeof range> } = {}) =>
    withAgents(precomputed, (db) => agentRanking(db.dataSource.manager, { metric, ...options }));
  const summary = (options: AgentSummaryOptions) => withAgents(precomputed, (db) => agentSummary(db.dataSource.manager, options));

  describeEachDatabase(`agentRanking, ${source}`, () => {
    it('ranks agents by calls, talk time or leads, the most first, with every figure on each row', async () => {
      expect(await rank('calls')).toEqual([ANITA, RAHUL, ZOE]);
      expect(await rank('callSeconds')).toEqual([RAHUL, ANITA, ZOE]);
      expect(await rank('leads')).toEqual([ANITA, RAHUL, ZOE]);
    });

    it('breaks ties by agent name: Anita and Rahul each have 2 missed and 1 unreturned calls', async () => {
      expect(await rank('missedCalls')).toEqual([ANITA, RAHUL, ZOE]);
      expect(await rank('unreturnedMissedCalls')).toEqual([ANITA, RAHUL, ZOE]);
    });

    it('ranks speed to lead fastest first, an agent with no reached lead last', async () => {
      expect(await rank('medianSpeedToLeadSeconds')).toEqual([RAHUL, ANITA, ZOE]);
    });

    it('keeps the top N', async () => {
      expect(await rank('callSeconds', { limit: 1 })).toEqual([RAHUL]);
    });

    it("adds up: the agents' calls, SMS and leads plus the agentless ones are all of them", async () => {
      const rows = await rank('calls');
      const sum = (key: 'calls' | 'sms' | 'leads' | 'missedCalls') => rows.reduce((total, row) => total + row[key], 0);
      // Agentless: calls O5 K5, SMS I3, lead L5, missed K5. All: 11 calls, 4 SMS, 6 leads, 5 inbound not answered (K2-K6).
      expect([sum('calls') + 2, sum('sms') + 1, sum('leads') + 1, sum('missedCalls') + 1]).toEqual([11, 4, 6, 5]);
    });

    it('counts the period only, listing the agents with something in it', async () => {
      // [03-04, 03-07): Anita O6 K6 (0 s; K6 missed, unreturned), lead L6 1800 s; Rahul O4 K4 X4 (200 s;
      // K4 missed, returned by Z1), lead L4 300 s; Zoe SMS Z1. The period's leads: L4 L5 L6.
      expect(await rank('calls', { range: range('2026-03-04T00:00:00Z', '2026-03-07T00:00:00Z') })).toEqual([
        { agent: 'Rahul', calls: 3, callSeconds: 200, sms: 0, missedCalls: 1, unreturnedMissedCalls: 0, medianSpeedToLeadSeconds: 300, leads: 1 },
        { agent: 'Anita', calls: 2, callSeconds: 0, sms: 0, missedCalls: 1, unreturnedMissedCalls: 1, medianSpeedToLeadSeconds: 1800, leads: 1 },
        ZOE,
      ]);
      // 03-02 alone: Anita K2 (voicemail, returned by T2 2 h later) and T2, her lead L2; nobody else.
      expect(await rank('leads', { range: range('2026-03-02T00:00:00Z', '2026-03-03T00:00:00Z') })).toEqual([
        { agent: 'Anita', calls: 1, callSeconds: 20, sms: 1, missedCalls: 1, unreturnedMissedCalls: 0, medianSpeedToLeadSeconds: 3600, leads: 1 },
      ]);
    });

    it('lists no one when no record names an agent in the period', async () => {
      expect(await rank('calls', { range: range('2027-01-01T00:00:00Z', '2027-01-02T00:00:00Z') })).toEqual([]);
    });
  }, { citus: true });

  describeEachDatabase(`agentSummary, ${source}`, () => {
    it("sums up one agent: calls by direction, answer rate, talk time, SMS, missed, leads and their speed, customers, first and last", async () => {
      // Anita: inbound K1 K2 K6 (K1 answered: 1/3), outbound O1 O6; reached L1 120, L6 1800, L2 3600:
      // median the 2nd = 1800, p90 the ceil(2.7) = 3rd = 3600. Customers C1 C2; first K1 03-01 09:00, last K6 03-06 10:00.
      expect(await summary({ agent: 'Anita' })).toEqual({
        agent: 'Anita',
        calls: 5,
        inboundCalls: 3,
        outboundCalls: 2,
        answerRate: 0.3333,
        callSeconds: 170,
        sms: 2,
        missedCalls: 2,
        unreturnedMissedCalls: 1,
        leads: 3,
        reachedLeads: 3,
        neverReachedLeads: 0,
        medianSpeedToLeadSeconds: 1800,
        p90SpeedToLeadSeconds: 3600,
        customers: 2,
        firstActivity: '2026-03-01T09:00:00.000Z',
        lastActivity: '2026-03-06T10:00:00.000Z',
      });
    });

    it('counts a never-reached lead apart, and finds the agent whatever the case, in the zone asked', async () => {
      // Rahul: inbound K3 K4, none answered; L3 never reached, L4 300 s. Customers C3 C4; first K3 03-03 09:00, last X4 03-05 11:00.
      expect(await summary({ agent: ' rahul ', timeZone: 'Asia/Kolkata' })).toEqual({
        agent: 'Rahul',
        calls: 4,
        inboundCalls: 2,
        outboundCalls: 2,
        answerRate: 0,
        callSeconds: 200,
        sms: 0,
        missedCalls: 2,
        unreturnedMissedCalls: 1,
        leads: 2,
        reachedLeads: 1,
        neverReachedLeads: 1,
        medianSpeedToLeadSeconds: 300,
        p90SpeedToLeadSeconds: 300,
        customers: 2,
        firstActivity: '2026-03-03T14:30:00.000+05:30',
        lastActivity: '2026-03-05T16:30:00.000+05:30',
      });
    });

    it('answers zeros for a known agent with nothing in the period, and nulls where nothing was measured', async () => {
      expect(await summary({ agent: 'Zoe', range: range('2026-03-01T00:00:00Z', '2026-03-02T00:00:00Z') })).toEqual({
        agent: 'Zoe',
        calls: 0,
        inboundCalls: 0,
        outboundCalls: 0,
        answerRate: null,
        callSeconds: 0,
        sms: 0,
        missedCalls: 0,
        unreturnedMissedCalls: 0,
        leads: 0,
        reachedLeads: 0,
        neverReachedLeads: 0,
        medianSpeedToLeadSeconds: null,
        p90SpeedToLeadSeconds: null,
        customers: 0,
        firstActivity: null,
        lastActivity: null,
      });
    });

    it('refuses an agent no record names, naming the agents there are', async () => {
      const error = await summary({ agent: 'Anitha' }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(NotFoundError);
      expect((error as Error).message).toBe('no agent "Anitha" on any call, SMS or lead (agents: Anita, Rahul, Zoe)');
    });
  }, { citus: true });
}
