import { describeEachDatabase } from '@hcdm/test-utils';
import { expect, it } from 'vitest';
import { insertAgentCases, openTempDatabase } from './analyses.test-utils.js';
import { customerTimeline } from './customer-timeline.analysis.js';

describeEachDatabase('customerTimeline: agents', () => {
  it('names who handled each call and SMS and who owns each lead, null where nobody is named', async () => {
    const db = await openTempDatabase();
    await insertAgentCases(db);
    try {
      // C1 in AGENT_CASES, newest first: K5 (none), O5 (none), L5 (none), O1 Anita, L1 Anita, I1 Anita, K1 Anita.
      const events = await customerTimeline(db.dataSource.manager, { customerId: 'C1' });
      expect(events.map(({ id, detail, agent }) => [id, detail, agent])).toEqual([
        ['K5', '0 s missed', null],
        ['O5', '30 s answered', null],
        ['L5', 'lead on P1', null],
        ['O1', '90 s answered', 'Anita'],
        ['L1', 'lead on P1', 'Anita'],
        ['I1', '20 chars', 'Anita'],
        ['K1', '60 s answered', 'Anita'],
      ]);
    } finally {
      await db.close();
    }
  });
}, { citus: true });
