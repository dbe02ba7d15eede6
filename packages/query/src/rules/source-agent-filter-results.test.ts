import { describeEachDatabase } from '@hcdm/test-utils';
import { FILTER_CASES, insertFilterStatuses } from '@hcdm/test-database';
import { expect, it } from 'vitest';
import { insertFixture, openTempDatabase } from '../query.test-utils.js';
import type { QueryResult } from '../query-result.types.js';

// FILTER_CASES with FILTER_CASE_STATUSES; the figures are worked out by hand in packages/analyses'
// ranking-filters.sources-agents.analysis.test.ts (every call there is inbound: nobody is reached).
async function run(command: string): Promise<QueryResult> {
  const db = await openTempDatabase();
  await insertFixture(db, FILTER_CASES);
  await insertFilterStatuses(db);
  try {
    return await db.query(command);
  } finally {
    await db.close();
  }
}

const unreached = { medianSeconds: null, reachedShare: 0 };
const noLeads = { medianSeconds: null, reachedShare: null, won: 0, conversion: null };

describeEachDatabase('sources, agents and the funnel with filters', () => {
  it('sources for a location: the title names it, every source keeps its row', async () => {
    const result = await run('show sources by leads for location andheri');
    expect([result.command, result.title]).toEqual(['show sources by leads for location andheri', 'Sources by leads for location andheri (all time)']);
    // Andheri: L1 (won) and L3, "Website" both; calls K1 K2 K3 K6 K7 K8, SMS S1 S2 S4 S5.
    expect(result.rows).toEqual([
      { source: 'Website', leads: 2, calls: 6, sms: 4, engagement: 10, ...unreached, won: 1, conversion: 0.5 },
      { source: 'referral', leads: 0, calls: 0, sms: 0, engagement: 0, ...noLeads },
    ]);
  });

  it('the top sources for an agent, the filter written before or after the period', async () => {
    const result = await run('show top 1 sources by engagement from 2026-03-01 to 2026-03-31 for agent Ravi');
    expect([result.command, result.title]).toEqual([
      'show top 1 sources by engagement for agent Ravi from 2026-03-01 to 2026-03-31',
      'Top 1 sources by engagement for agent Ravi (2026-03-01 to 2026-03-31)',
    ]);
    // Ravi owns L2 (negotiating) and handled K4 K5 K9 and S3 on referral leads (K2 on Website's L1).
    expect(result.rows).toEqual([{ source: 'referral', leads: 1, calls: 3, sms: 1, engagement: 4, ...unreached, won: 0, conversion: 0 }]);
  });

  it('sources for a source: its row alone', async () => {
    const result = await run('show sources by conversion for source REFERRAL');
    expect(result.title).toBe('Sources by conversion for source REFERRAL (all time)');
    expect(result.rows).toEqual([{ source: 'referral', leads: 2, calls: 3, sms: 1, engagement: 4, ...unreached, won: 0, conversion: 0 }]);
  });

  it('agents for a source: the title names it', async () => {
    const result = await run('show agents by talk time for source website');
    expect([result.command, result.title]).toEqual(['show agents by talk time for source website', 'Agents by talk time for source website (all time)']);
    // Website's L1 L3: Priya K1 K3 K6 K8 (210 s), S1 S2 S5, owns both; Ravi K2 (30 s).
    const none = { missedCalls: 0, unreturnedMissedCalls: 0, medianSpeedToLeadSeconds: null };
    expect(result.rows).toEqual([
      { agent: 'Priya', calls: 4, callSeconds: 210, sms: 3, ...none, leads: 2 },
      { agent: 'Ravi', calls: 1, callSeconds: 30, sms: 0, ...none, leads: 0 },
    ]);
  });

  it('the top agents for a location and an agent: one row', async () => {
    const result = await run('show top 5 agents by leads for location "Navi Mumbai" and agent ravi');
    expect([result.command, result.title]).toEqual([
      'show top 5 agents by leads for location Navi Mumbai and agent ravi',
      'Top 5 agents by leads for location Navi Mumbai, agent ravi (all time)',
    ]);
    // Ravi on P2: K4 K5 K9 (230 s), S3, owns L2.
    expect(result.rows).toEqual([{ agent: 'Ravi', calls: 3, callSeconds: 230, sms: 1, missedCalls: 0, unreturnedMissedCalls: 0, medianSpeedToLeadSeconds: null, leads: 1 }]);
  });

  it('the funnel for a location and an agent: the title names both', async () => {
    const result = await run('show lead funnel for location Andheri and agent Priya');
    expect([result.command, result.title, result.shape]).toEqual([
      'show lead funnel for location Andheri and agent Priya',
      'Lead funnel for location Andheri, agent Priya (all time)',
      'bars',
    ]);
    // Priya's leads in Andheri: L1 closed-won, L3 contacted.
    expect(result.rows.map((row) => [row.status, row.reached, row.share, row.leads])).toEqual([
      ['new', 2, 1, 0],
      ['contacted', 2, 1, 1],
      ['visit-scheduled', 1, 0.5, 0],
      ['negotiating', 1, 0.5, 0],
      ['closed-won', 1, 0.5, 1],
      ['closed-lost', 0, 0, 0],
    ]);
  });

  it('refuses a value the data does not have, naming those it has', async () => {
    await expect(run('show agents by calls for location Pune')).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'no listing is in location "Pune" (locations: Andheri, Navi Mumbai)',
    });
    await expect(run('show lead funnel for agent Nobody')).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'no lead, call or SMS has agent "Nobody" (agents: Priya, Ravi)' });
  });
}, { citus: true });
