import { describeEachDatabase } from '@hcdm/test-utils';
import { expect, it } from 'vitest';
import { insertSourceCases, openTempDatabase } from './analyses.test-utils.js';
import { DEFAULT_LEAD_STATUSES, type LeadStatusesConfig } from './lead-statuses/lead-statuses.config.js';
import { leadFunnel, type LeadFunnelRow } from './lead-funnel.analysis.js';

async function funnel(options: { source?: string; range?: { from: string; to: string }; statuses?: LeadStatusesConfig } = {}) {
  const db = await openTempDatabase();
  await insertSourceCases(db);
  const range = options.range && { from: Date.parse(options.range.from), to: Date.parse(options.range.to) };
  try {
    const filter = options.source === undefined ? undefined : { source: options.source };
    return await leadFunnel(db.dataSource.manager, { statuses: options.statuses ?? DEFAULT_LEAD_STATUSES, filter, range });
  } finally {
    await db.close();
  }
}

const row = (status: string | null, kind: LeadFunnelRow['kind'], leads: number, reached: number, share: number | null) => ({ status, kind, leads, reached, share });

describeEachDatabase('leadFunnel', () => {
  it('counts each stage and the leads at it or beyond, then lost, unlisted and status-less leads', async () => {
    // SOURCE_CASES' 8 leads: new L1, contacted L2, negotiating L5, closed-won L3 L8, Closed-Lost
    // L4, on-hold L6 (no stage), no status L7. Every lead entered at new: 8.
    // contacted or beyond: 1 + 0 + 1 + 2 = 4; visit-scheduled or beyond: 0 + 1 + 2 = 3; negotiating: 1 + 2 = 3.
    expect(await funnel()).toEqual([
      row('new', 'stage', 1, 8, 1),
      row('contacted', 'stage', 1, 4, 0.5),
      row('visit-scheduled', 'stage', 0, 3, 0.375),
      row('negotiating', 'stage', 1, 3, 0.375),
      row('closed-won', 'won', 2, 2, 0.25),
      row('closed-lost', 'lost', 1, 1, 0.125),
      row('on-hold', 'other', 1, 1, 0.125),
      row(null, 'none', 1, 1, 0.125),
    ]);
  });

  it('never lets a stage reach more leads than the stage before it', async () => {
    const stages = (await funnel()).filter((r) => r.kind === 'stage' || r.kind === 'won');
    for (let i = 1; i < stages.length; i += 1) expect(stages[i]!.reached).toBeLessThanOrEqual(stages[i - 1]!.reached);
  });

  it('keeps one source, written in any case', async () => {
    // website: L1 new, L2 contacted ("Website"), L6 on-hold, L8 closed-won: 4 leads.
    // contacted or beyond: 1 + 0 + 0 + 1 = 2; visit-scheduled and negotiating: L8 alone.
    expect(await funnel({ source: 'WEBSITE' })).toEqual([
      row('new', 'stage', 1, 4, 1),
      row('contacted', 'stage', 1, 2, 0.5),
      row('visit-scheduled', 'stage', 0, 1, 0.25),
      row('negotiating', 'stage', 0, 1, 0.25),
      row('closed-won', 'won', 1, 1, 0.25),
      row('closed-lost', 'lost', 0, 0, 0),
      row('on-hold', 'other', 1, 1, 0.25),
    ]);
  });

  it('refuses a source no lead has, naming the spellings there are (as every ranking filter does)', async () => {
    await expect(funnel({ source: 'webiste' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'no lead has source "webiste" (sources: Website, referral, walk-in, website)',
    });
  });

  it('has every stage at 0 and no share in a period without leads', async () => {
    expect(await funnel({ range: { from: '2027-01-01T00:00:00Z', to: '2027-01-02T00:00:00Z' } })).toEqual([
      row('new', 'stage', 0, 0, null),
      row('contacted', 'stage', 0, 0, null),
      row('visit-scheduled', 'stage', 0, 0, null),
      row('negotiating', 'stage', 0, 0, null),
      row('closed-won', 'won', 0, 0, null),
      row('closed-lost', 'lost', 0, 0, null),
    ]);
  });

  it('follows a configured order: statuses it does not name are rows of their own, most leads first, spelled as stored', async () => {
    // Stages new, contacted, closed-won; no lost status. contacted or beyond: 1 + 2 = 3.
    // Unlisted, 1 lead each, by code-unit order: "Closed-Lost" (capital C first), negotiating, on-hold.
    const statuses = { stages: ['New', 'contacted', 'closed-won'], won: ['closed-won'], lost: [] };
    expect(await funnel({ statuses })).toEqual([
      row('New', 'stage', 1, 8, 1),
      row('contacted', 'stage', 1, 3, 0.375),
      row('closed-won', 'won', 2, 2, 0.25),
      row('Closed-Lost', 'other', 1, 1, 0.125),
      row('negotiating', 'other', 1, 1, 0.125),
      row('on-hold', 'other', 1, 1, 0.125),
      row(null, 'none', 1, 1, 0.125),
    ]);
  });
}, { citus: true });
