import { describeEachDatabase } from '@hcdm/test-utils';
import { expect, it } from 'vitest';
import { insertSourceCases, openTempDatabase } from '../query.test-utils.js';
import type { QueryResult } from '../query-result.types.js';

async function run(command: string): Promise<QueryResult> {
  const db = await openTempDatabase();
  await insertSourceCases(db);
  try {
    return await db.query(command);
  } finally {
    await db.close();
  }
}

const left = (key: string, header: string) => ({ key, header, align: 'left' });
const right = (key: string, header: string) => ({ key, header, align: 'right' });

const SOURCE_COLUMNS = [
  left('source', 'Source'),
  right('leads', 'Leads'),
  right('calls', 'Calls'),
  right('sms', 'SMS'),
  right('engagement', 'Engagement'),
  right('medianSeconds', 'Median Seconds to Lead'),
  right('reachedShare', 'Share Reached'),
  right('won', 'Won'),
  right('conversion', 'Conversion'),
];

// Worked out in packages/analyses' lead-sources.analysis.test.ts from SOURCE_CASES.
const NONE = { source: null, leads: 1, calls: 0, sms: 1, engagement: 1, medianSeconds: 600, reachedShare: 1, won: 0, conversion: 0 };
const WALK_IN = { source: 'walk-in', leads: 1, calls: 1, sms: 0, engagement: 1, medianSeconds: 1800, reachedShare: 1, won: 0, conversion: 0 };

describeEachDatabase('lead source and funnel results', () => {
  it('sources by speed to lead: fastest median first, every figure', async () => {
    expect(await run('show top 2 sources by speed to lead')).toEqual({
      command: 'show top 2 sources by speed to lead',
      title: 'Top 2 sources by speed to lead (all time)',
      shape: 'list',
      columns: SOURCE_COLUMNS,
      rows: [NONE, WALK_IN],
    });
  });

  it('sources by conversion in a period', async () => {
    // 2026-03-05..06: website L6 (on-hold) and L8 (won): 1/2; walk-in L7: 0/1; referral and (none) no leads: null, last.
    const result = await run('show sources by conversion from 2026-03-05 to 2026-03-06');
    expect([result.command, result.title]).toEqual(['show sources by conversion from 2026-03-05 to 2026-03-06', 'Sources by conversion (2026-03-05 to 2026-03-06)']);
    expect(result.rows.map((row) => [row.source, row.leads, row.won, row.conversion])).toEqual([
      ['website', 2, 1, 0.5],
      ['walk-in', 1, 0, 0],
      ['referral', 0, 0, null],
      [null, 0, 0, null],
    ]);
  });

  it('the funnel of one source, in the default stage order', async () => {
    // website: L1 new, L2 contacted, L6 on-hold, L8 closed-won (4 leads).
    expect(await run('show lead funnel for source Website')).toEqual({
      command: 'show lead funnel for source Website',
      title: 'Lead funnel for source Website (all time)',
      shape: 'bars',
      bars: { label: 'status', value: 'reached' },
      columns: [left('status', 'Status'), right('reached', 'Reached'), right('share', 'Share'), right('leads', 'Leads'), left('kind', 'Kind')],
      rows: [
        { status: 'new', reached: 4, share: 1, leads: 1, kind: 'stage' },
        { status: 'contacted', reached: 2, share: 0.5, leads: 1, kind: 'stage' },
        { status: 'visit-scheduled', reached: 1, share: 0.25, leads: 0, kind: 'stage' },
        { status: 'negotiating', reached: 1, share: 0.25, leads: 0, kind: 'stage' },
        { status: 'closed-won', reached: 1, share: 0.25, leads: 1, kind: 'won' },
        { status: 'closed-lost', reached: 0, share: 0, leads: 0, kind: 'lost' },
        { status: 'on-hold', reached: 1, share: 0.25, leads: 1, kind: 'other' },
      ],
    });
  });

  it('the funnel follows the stage order it is given', async () => {
    const db = await openTempDatabase();
    await insertSourceCases(db);
    try {
      const leadStatuses = { stages: ['new', 'contacted', 'negotiating', 'closed-won'], won: ['closed-won'], lost: ['closed-lost', 'on-hold'] };
      const result = await db.query('show lead funnel', { leadStatuses });
      // All 8 leads reached new; contacted or beyond: L2, L5, L3, L8 = 4; negotiating or beyond: 3.
      expect(result.rows.map((row) => [row.status, row.kind, row.leads, row.reached])).toEqual([
        ['new', 'stage', 1, 8],
        ['contacted', 'stage', 1, 4],
        ['negotiating', 'stage', 1, 3],
        ['closed-won', 'won', 2, 2],
        ['closed-lost', 'lost', 1, 1],
        ['on-hold', 'lost', 1, 1],
        [null, 'none', 1, 1],
      ]);
    } finally {
      await db.close();
    }
  });
}, { citus: true });
