import { NotFoundError } from '@hcdm/core';
import { describeEachDatabase } from '@hcdm/test-utils';
import { expect, it } from 'vitest';
import { insertAgentCases, openTempDatabase } from '../query.test-utils.js';
import type { QueryResult } from '../query-result.types.js';

// The figures are worked out beside AGENT_CASES (@hcdm/test-database, cases/agent-cases.ts).
async function run(command: string, settings = {}): Promise<QueryResult> {
  const db = await openTempDatabase({ settings });
  await insertAgentCases(db);
  try {
    return await db.query(command);
  } finally {
    await db.close();
  }
}

const left = (key: string, header: string) => ({ key, header, align: 'left' });
const right = (key: string, header: string) => ({ key, header, align: 'right' });

const AGENT_COLUMNS = [
  left('agent', 'Agent'),
  right('calls', 'Calls'),
  right('callSeconds', 'Talk Seconds'),
  right('sms', 'SMS'),
  right('missedCalls', 'Missed Calls'),
  right('unreturnedMissedCalls', 'Unreturned Missed'),
  right('medianSpeedToLeadSeconds', 'Median Seconds to Lead'),
  right('leads', 'Leads'),
];
const ANITA = { agent: 'Anita', calls: 5, callSeconds: 170, sms: 2, missedCalls: 2, unreturnedMissedCalls: 1, medianSpeedToLeadSeconds: 1800, leads: 3 };
const RAHUL = { agent: 'Rahul', calls: 4, callSeconds: 200, sms: 0, missedCalls: 2, unreturnedMissedCalls: 1, medianSpeedToLeadSeconds: 300, leads: 2 };
const ZOE = { agent: 'Zoe', calls: 0, callSeconds: 0, sms: 1, missedCalls: 0, unreturnedMissedCalls: 0, medianSpeedToLeadSeconds: null, leads: 0 };

describeEachDatabase('call outcome and agent results', () => {
  it('call outcomes: ten rows, each direction adding up to its calls and to a share of 1', async () => {
    const result = await run('show call outcomes from 2026-03-04 to 2026-03-06');
    // [03-04, 03-07): inbound K4 failed, K5 K6 missed (3); outbound O4 O5 answered, X4 voicemail, O6 busy (4).
    const row = (direction: string, status: string, calls: number, share: number) => ({ direction, status, calls, share });
    expect(result).toEqual({
      command: 'show call outcomes from 2026-03-04 to 2026-03-06',
      title: 'Call outcomes by direction (2026-03-04 to 2026-03-06)',
      shape: 'list',
      columns: [left('direction', 'Direction'), left('status', 'Status'), right('calls', 'Calls'), right('share', 'Share')],
      rows: [
        row('inbound', 'answered', 0, 0),
        row('inbound', 'missed', 2, 0.6667),
        row('inbound', 'voicemail', 0, 0),
        row('inbound', 'busy', 0, 0),
        row('inbound', 'failed', 1, 0.3333),
        row('outbound', 'answered', 2, 0.5),
        row('outbound', 'missed', 0, 0),
        row('outbound', 'voicemail', 1, 0.25),
        row('outbound', 'busy', 1, 0.25),
        row('outbound', 'failed', 0, 0),
      ],
    });
  });

  it('agents by speed to lead: the fastest first, every figure on each row', async () => {
    expect(await run('show agents by speed to lead')).toEqual({
      command: 'show agents by speed to lead',
      title: 'Agents by speed to lead (all time)',
      shape: 'list',
      columns: AGENT_COLUMNS,
      rows: [RAHUL, ANITA, ZOE],
    });
  });

  it('the top N agents, by calls when no figure is named', async () => {
    expect(await run('show top 2 agents')).toEqual({
      command: 'show top 2 agents by calls',
      title: 'Top 2 agents by calls (all time)',
      shape: 'list',
      columns: AGENT_COLUMNS,
      rows: [ANITA, RAHUL],
    });
  });

  it('an agent summary, the name as the data spells it, times in the configured zone', async () => {
    const result = await run('show agent summary for anita in last 3 days', { timeZone: 'Asia/Kolkata' });
    // "now" is the latest record, K6 03-06 10:00Z; the last 3 days start 03-03 10:00Z: Anita's O6 K6
    // (0 s; K6 missed, unreturned) and L6 (O6 1800 s later); her customer C2.
    expect(result).toMatchObject({
      command: 'show agent summary for Anita in last 3 days',
      title: 'Agent summary for Anita (last 3 days)',
      shape: 'summary',
      rows: [
        {
          agent: 'Anita',
          calls: 2,
          inboundCalls: 1,
          outboundCalls: 1,
          answerRate: 0,
          callSeconds: 0,
          sms: 0,
          missedCalls: 1,
          unreturnedMissedCalls: 1,
          leads: 1,
          reachedLeads: 1,
          neverReachedLeads: 0,
          medianSpeedToLeadSeconds: 1800,
          p90SpeedToLeadSeconds: 1800,
          customers: 1,
          firstActivity: '2026-03-06T14:30:00.000+05:30',
          lastActivity: '2026-03-06T15:30:00.000+05:30',
        },
      ],
    });
    expect(result.columns.map((column) => column.key)).toEqual(Object.keys(result.rows[0]!));
  });

  it('an unknown agent is a NotFoundError naming the agents there are', async () => {
    const error = await run('show agent summary for Nobody').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as Error).message).toBe('no agent "Nobody" on any call, SMS or lead (agents: Anita, Rahul, Zoe)');
  });
}, { citus: true });
