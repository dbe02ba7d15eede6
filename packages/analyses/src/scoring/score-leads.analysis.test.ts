import { describeEachDatabase } from '@hcdm/test-utils';
import { expect, it } from 'vitest';
import { insertFixture, openTempDatabase, type Fixture } from '../analyses.test-utils.js';
import type { LeadScoreRow } from './lead-activity.scorer.js';
import { scoreLeads, type ScoreLeadsOptions } from './score-leads.analysis.js';
import { SCORING_CASES } from '@hcdm/test-database';
import { DEFAULT_SCORING_CONFIG } from './scoring.config.js';

// Scores worked by hand in scoring-cases.test-utils.ts.
const LA = row('LA', 'C1', 'Asha Rao', 'P1', 3, 6, 300, 55, 'warm');
const LB = row('LB', 'C2', 'Bala Nair', 'P1', 1, 1, 120, 36.3, 'cold');
const LC = row('LC', 'C3', 'Chitra Das', 'P2', 9, 3, 900, 83.8, 'hot');
const LD = row('LD', 'C4', 'Dev Singh', 'P2', 0, 0, 0, 30, 'cold');
const LE = row('LE', 'C4', 'Dev Singh', 'P1', 0, 0, 0, 30, 'cold');

function row(
  leadId: string,
  customerId: string,
  name: string,
  propertyId: string,
  callCount: number,
  smsCount: number,
  callSeconds: number,
  score: number,
  tier: LeadScoreRow['tier'],
): LeadScoreRow {
  const phone = `+91980000000${customerId.slice(1)}`;
  return { leadId, customerId, name, phone, propertyId, callCount, smsCount, callSeconds, score, tier };
}

async function scores(options: ScoreLeadsOptions = {}, fixture: Fixture = SCORING_CASES): Promise<LeadScoreRow[]> {
  const db = await openTempDatabase();
  try {
    await insertFixture(db, fixture);
    return await scoreLeads(db.dataSource.manager, options);
  } finally {
    await db.close();
  }
}

const at = (iso: string) => Date.parse(iso);

describeEachDatabase('scoreLeads', () => {
  it('scores every lead from its attributed activity, best first, ties by lead id', async () => {
    expect(await scores()).toEqual([LC, LA, LB, LD, LE]);
  });

  it('keeps the best N, or one tier', async () => {
    expect(await scores({ limit: 2 })).toEqual([LC, LA]);
    expect(await scores({ tier: 'cold' })).toEqual([LB, LD, LE]);
    expect(await scores({ tier: 'hot', limit: 5 })).toEqual([LC]);
  });

  it("keeps one customer's leads, scored as among all", async () => {
    expect(await scores({ customerId: 'C4' })).toEqual([LD, LE]);
    expect(await scores({ customerId: 'C3' })).toEqual([LC]);
    expect(await scores({ customerId: 'C9' })).toEqual([]);
  });

  it('reorders the leads when a weight changes', async () => {
    // calls 10, sms 10, callSeconds 10, recency 70:
    // LC 8.8 + 5 + 8.8 + 70 = 92.6 | LD, LE 70 (hot at the threshold)
    // LB 10×0.2063 = 2.1, 2.1, 10×0.2421 = 2.4, 70×0.7071 = 49.5: 56.1 | LA 5 + 7.5 + 5 + 35 = 52.5
    const config = { ...DEFAULT_SCORING_CONFIG, weights: { calls: 10, sms: 10, callSeconds: 10, recency: 70 } };
    expect(await scores({ config })).toEqual([
      { ...LC, score: 92.6 },
      { ...LD, score: 70, tier: 'hot' },
      { ...LE, score: 70, tier: 'hot' },
      { ...LB, score: 56.1, tier: 'warm' },
      { ...LA, score: 52.5 },
    ]);
  });

  it('never lowers the score of a lead that gains a call, recent or old, and leaves the others alone', async () => {
    const withCalls = (...calls: NonNullable<Fixture['calls']>) => ({ ...SCORING_CASES, calls: [...(SCORING_CASES.calls ?? []), ...calls] });
    // A call on 03-09, 60 s: LB 2 calls, 180 s, 6 days idle:
    // 30×(1 − 2^(−2/3)) = 11.1, 4.1, 20×(1 − 2^(−0.6)) = 6.8, 30×0.5^(6/14) = 22.3: 44.3 warm
    const recent = await scores({}, withCalls(['KB2', 'C2', '2026-03-09T00:00:00Z', 60]));
    // A call older than LB (the customer's earliest lead takes it), 60 s: 2 calls, 180 s, still 7 days idle:
    // 11.1 + 4.1 + 6.8 + 21.2 = 43.2 warm
    const old = await scores({}, withCalls(['KB0', 'C2', '2026-02-01T00:00:00Z', 60]));
    const lb = { ...LB, callCount: 2, callSeconds: 180, tier: 'warm' as const };
    expect(recent).toEqual([LC, LA, { ...lb, score: 44.3 }, LD, LE]);
    expect(old).toEqual([LC, LA, { ...lb, score: 43.2 }, LD, LE]);
  });

  it('counts only the period: records and creations in it, leaving out leads with nothing in it', async () => {
    // [03-05, 03-16): LA nothing; LB KB1, SB1 -> 36.3 as before;
    // LC KC7..KC9 (300 s), no SMS, last 03-15: 30×0.5 + 0 + 20×0.5 + 30 = 55 warm; LD, LE created 03-15: 30
    const range = { from: at('2026-03-05T00:00:00Z'), to: at('2026-03-16T00:00:00Z') };
    expect(await scores({ range })).toEqual([{ ...LC, callCount: 3, smsCount: 0, callSeconds: 300, score: 55, tier: 'warm' }, LB, LD, LE]);
  });

  it('measures recency from the "now" given', async () => {
    // 14 days later every recency halves: LC 26.3 + 10 + 17.5 + 15 = 68.8 warm;
    // LA 28 days: 15 + 15 + 10 + 7.5 = 47.5; LB 21 days: 30×0.5^1.5 = 10.6, 6.2 + 4.1 + 4.8 + 10.6 = 25.7; LD, LE 15
    const now = at('2026-03-29T00:00:00Z');
    expect(await scores({ now })).toEqual([
      { ...LC, score: 68.8, tier: 'warm' },
      { ...LA, score: 47.5 },
      { ...LB, score: 25.7 },
      { ...LD, score: 15 },
      { ...LE, score: 15 },
    ]);
  });

  it('answers no rows for an empty database', async () => {
    expect(await scores({}, {})).toEqual([]);
  });
}, { citus: true });
