import { describeEachDatabase } from '@hcdm/test-utils';
import { expect, it } from 'vitest';
import { insertFixture, openTempDatabase } from '../query.test-utils.js';
import type { QueryResult } from '../query-result.types.js';
import { SCORING_CASES } from '@hcdm/test-database';
import { resolveScoringConfig, type ScoringOverrides } from '@hcdm/analyses';
import { runCommand } from '../query.runner.js';

async function run(command: string, scoring?: ScoringOverrides): Promise<QueryResult> {
  const db = await openTempDatabase();
  try {
    await insertFixture(db, SCORING_CASES);
    return await runCommand(db.dataSource.manager, command, { scoring: resolveScoringConfig([{ source: 'options', scoring }]) });
  } finally {
    await db.close();
  }
}

const left = (key: string, header: string) => ({ key, header, align: 'left' });
const right = (key: string, header: string) => ({ key, header, align: 'right' });
const COLUMNS = [
  left('leadId', 'Lead ID'),
  left('name', 'Name'),
  left('phone', 'Phone'),
  left('propertyId', 'Listing'),
  right('score', 'Score'),
  left('tier', 'Tier'),
];
// Scores worked by hand in scoring-cases.test-utils.ts.
const LA = { leadId: 'LA', customerId: 'C1', name: 'Asha Rao', phone: '+919800000001', propertyId: 'P1', score: 55, tier: 'warm' };
const LB = { leadId: 'LB', customerId: 'C2', name: 'Bala Nair', phone: '+919800000002', propertyId: 'P1', score: 36.3, tier: 'cold' };
const LC = { leadId: 'LC', customerId: 'C3', name: 'Chitra Das', phone: '+919800000003', propertyId: 'P2', score: 83.8, tier: 'hot' };
const LD = { leadId: 'LD', customerId: 'C4', name: 'Dev Singh', phone: '+919800000004', propertyId: 'P2', score: 30, tier: 'cold' };
const LE = { ...LD, leadId: 'LE', propertyId: 'P1' };

describeEachDatabase('lead score commands', () => {
  it('show top N leads by score', async () => {
    expect(await run('Show top 3 leads by score')).toEqual({
      command: 'show top 3 leads by score',
      title: 'Top 3 leads by score (all time)',
      shape: 'list',
      columns: COLUMNS,
      rows: [LC, LA, LB],
    });
  });

  it('show top N leads by score with a period counts only the period', async () => {
    // [03-05, 03-15] whole days: LC keeps KC7..KC9 only: 15 + 0 + 10 + 30 = 55; LA has nothing in it.
    const result = await run('show top 9 leads by score from 2026-03-05 to 2026-03-15');
    expect([result.command, result.title, result.rows]).toEqual([
      'show top 9 leads by score from 2026-03-05 to 2026-03-15',
      'Top 9 leads by score (2026-03-05 to 2026-03-15)',
      [{ ...LC, score: 55, tier: 'warm' }, LB, LD, LE],
    ]);
  });

  it('show hot, warm and cold leads, the titles naming the thresholds', async () => {
    const results = await Promise.all(['show hot leads', 'show warm leads', 'SHOW COLD LEADS'].map((text) => run(text)));
    expect(results.map(({ command, title, columns, rows }) => ({ command, title, columns, rows }))).toEqual([
      { command: 'show hot leads', title: 'Hot leads, score 70 or more (all time)', columns: COLUMNS, rows: [LC] },
      { command: 'show warm leads', title: 'Warm leads, score 40 to under 70 (all time)', columns: COLUMNS, rows: [LA] },
      { command: 'show cold leads', title: 'Cold leads, score under 40 (all time)', columns: COLUMNS, rows: [LB, LD, LE] },
    ]);
  });

  it('tiers follow configured thresholds', async () => {
    const result = await run('show hot leads', { tiers: { hot: 55 } });
    expect([result.title, result.rows]).toEqual(['Hot leads, score 55 or more (all time)', [LC, { ...LA, tier: 'hot' }]]);
  });

  it('explain lead: one row per factor and the total, the title saying score and tier', async () => {
    expect(await run('explain lead LB')).toEqual({
      command: 'explain lead LB',
      title: 'Lead LB (Bala Nair, P1): score 36.3, cold (all time)',
      shape: 'list',
      columns: [left('factor', 'Factor'), right('value', 'Value'), right('weight', 'Weight'), right('points', 'Points')],
      rows: [
        { factor: 'calls', value: 1, weight: 30, points: 6.2 },
        { factor: 'sms', value: 1, weight: 20, points: 4.1 },
        { factor: 'callSeconds', value: 120, weight: 20, points: 4.8 },
        { factor: 'recency', value: 7, weight: 30, points: 21.2 },
        { factor: 'total', value: null, weight: 100, points: 36.3 },
      ],
    });
  });

  it('explain lead with a period and configured weights', async () => {
    // In the last 3 days (from 03-12T00:00Z, now 03-15T00:00Z): LC's KC7..KC9, 300 s, no SMS, idle 0 days.
    // Weights 40/0/30/30: 40 × 0.5 = 20, 0, 30 × 0.5 = 15, 30: 65 warm.
    const scoring = { weights: { calls: 40, sms: 0, callSeconds: 30, recency: 30 } };
    const result = await run('explain lead LC in last 3 days', scoring);
    expect([result.command, result.title, result.rows]).toEqual([
      'explain lead LC in last 3 days',
      'Lead LC (Chitra Das, P2): score 65, warm (last 3 days)',
      [
        { factor: 'calls', value: 3, weight: 40, points: 20 },
        { factor: 'sms', value: 0, weight: 0, points: 0 },
        { factor: 'callSeconds', value: 300, weight: 30, points: 15 },
        { factor: 'recency', value: 0, weight: 30, points: 30 },
        { factor: 'total', value: null, weight: 100, points: 65 },
      ],
    ]);
  });

  it('explain lead of an unknown lead is NOT_FOUND', async () => {
    await expect(run('explain lead L999')).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'no lead L999' });
  });

  it('refuses bad scoring options before running', async () => {
    await expect(run('show hot leads', { tiers: { warm: 80 } })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: 'options: scoring.tiers: warm must not be above hot (warm 80, hot 70)',
    });
  });
}, { citus: true });
