import { describeEachDatabase } from '@hcdm/test-utils';
import { expect, it } from 'vitest';
import { insertSourceCases, openTempDatabase } from './analyses.test-utils.js';
import { DEFAULT_LEAD_STATUSES } from './lead-statuses/lead-statuses.config.js';
import { leadSources, type SourceMetric } from './lead-sources.analysis.js';
import { precomputedIsCurrent, rebuildPrecomputed } from './precomputed/precomputed.rebuild.js';
import { DEFAULT_SCORING_CONFIG } from './scoring/scoring.config.js';

/** The source cases ranked, read from the records, or with `precomputed` off the tables an import builds: the same figures either way. */
async function rankSources(precomputed: boolean, metric: SourceMetric, range?: { from: string; to: string }, limit?: number) {
  const db = await openTempDatabase();
  await insertSourceCases(db);
  const period = range && { from: Date.parse(range.from), to: Date.parse(range.to) };
  try {
    if (precomputed) await rebuildPrecomputed(db.dataSource.manager, { scoring: DEFAULT_SCORING_CONFIG });
    expect(await precomputedIsCurrent(db.dataSource.manager)).toBe(precomputed);
    return await leadSources(db.dataSource.manager, { metric, statuses: DEFAULT_LEAD_STATUSES, range: period, limit });
  } finally {
    await db.close();
  }
}

// SOURCE_CASES (packages/test-database), all time, "Website" folded into website (3 leads spell it so):
// website  L1 L2 L6 L8: calls K1 K2 K5, SMS S3; reached 300, 7200, 86400 s, L8 never: median
//          ceil(0.5 × 3) = 2nd = 7200, reached 3/4; won L8: 1/4.
// referral L3 L4: calls K3 K4, SMS S1; reached L3 3600 s, L4 never: median 3600, 1/2; won L3: 1/2.
// walk-in  L7: call K6; reached 1800 s: 1/1; won 0/1.
// (none)   L5: SMS S2; reached 600 s: 1/1; won 0/1.
const WEBSITE = { source: 'website', leads: 4, calls: 3, sms: 1, engagement: 4, medianSeconds: 7200, reached: 3, reachedShare: 0.75, won: 1, conversion: 0.25 };
const REFERRAL = { source: 'referral', leads: 2, calls: 2, sms: 1, engagement: 3, medianSeconds: 3600, reached: 1, reachedShare: 0.5, won: 1, conversion: 0.5 };
const WALK_IN = { source: 'walk-in', leads: 1, calls: 1, sms: 0, engagement: 1, medianSeconds: 1800, reached: 1, reachedShare: 1, won: 0, conversion: 0 };
const NONE = { source: null, leads: 1, calls: 0, sms: 1, engagement: 1, medianSeconds: 600, reached: 1, reachedShare: 1, won: 0, conversion: 0 };

for (const precomputed of [false, true]) {
  const from = precomputed ? 'off the precomputed tables' : 'from the records';
  const sources = (metric: SourceMetric, range?: { from: string; to: string }, limit?: number) => rankSources(precomputed, metric, range, limit);

  describeEachDatabase(`leadSources, ${from}`, () => {
    it('ranks by leads with every figure, ties by source and the row without a source last', async () => {
      // walk-in and (none) tie on 1 lead.
      expect(await sources('leads')).toEqual([WEBSITE, REFERRAL, WALK_IN, NONE]);
    });

    it("adds up: the sources' leads are all 8 leads, their calls and SMS all 6 calls and 3 SMS attributed to a lead", async () => {
      // K7 (C7, no lead) is attributed to no lead, so no source counts it.
      const rows = await sources('engagement');
      const sum = (key: 'leads' | 'calls' | 'sms') => rows.reduce((total, row) => total + row[key], 0);
      expect([sum('leads'), sum('calls'), sum('sms')]).toEqual([8, 6, 3]);
    });

    it('ranks by engagement, by conversion, and by speed to lead fastest first', async () => {
      expect((await sources('engagement')).map((row) => row.source)).toEqual(['website', 'referral', 'walk-in', null]);
      // 0.5, 0.25, then walk-in and (none) tie at 0.
      expect((await sources('conversion')).map((row) => row.source)).toEqual(['referral', 'website', 'walk-in', null]);
      // Medians 600, 1800, 3600, 7200: ascending, lower is better.
      expect((await sources('speedToLead')).map((row) => row.source)).toEqual([null, 'walk-in', 'referral', 'website']);
    });

    it('keeps the first N rows', async () => {
      expect(await sources('speedToLead', undefined, 2)).toEqual([NONE, WALK_IN]);
    });

    it('counts leads, calls and SMS of the period only, keeps sources without leads there, and ranks nothing to measure last', async () => {
      // 2026-03-05 and 03-06: leads L6, L8 (website) and L7 (walk-in); calls K5 (L6), K6 (L7), K7 (no
      // lead); no SMS (S3 is 03-07). website: L6 86400 s, L8 never: median 86400, 1/2; won L8 1/2.
      const range = { from: '2026-03-05T00:00:00Z', to: '2026-03-07T00:00:00Z' };
      const nothing = { leads: 0, calls: 0, sms: 0, engagement: 0, medianSeconds: null, reached: 0, reachedShare: null, won: 0, conversion: null };
      const website = { source: 'website', leads: 2, calls: 1, sms: 0, engagement: 1, medianSeconds: 86400, reached: 1, reachedShare: 0.5, won: 1, conversion: 0.5 };
      const walkIn = { ...WALK_IN };
      expect(await sources('conversion', range)).toEqual([website, walkIn, { source: 'referral', ...nothing }, { source: null, ...nothing }]);
      expect((await sources('speedToLead', range)).map((row) => row.source)).toEqual(['walk-in', 'website', 'referral', null]);
    });
  }, { citus: true });
}
