import { sqliteOf } from '@hcdm/core';
import { describe, expect, it } from 'vitest';
import { insertFixture, openTempDatabase } from '../query.test-utils.js';
import { ATTRIBUTION_CASES } from '@hcdm/test-database';
import { activityNames, statementsOf } from './query-plan.test-utils.js';

/**
 * The two seed rankings over all time read calls and SMS from the attribution indexes alone:
 * no call or SMS row is looked up in its table (not even for talk time or distinct inquirers),
 * which is what keeps them a fraction of the plain SQL's time on a million records.
 */
describe('the seed rankings, planned by SQLite', () => {
  it.each([
    ['show top 5 leads by call volume', 'idx_calls_lead'],
    ['show top 5 leads by call duration', 'idx_calls_lead'],
    ['show listings with most SMS inquiries', 'idx_sms_listing'],
    ['show top 5 listings by call inquiries', 'idx_calls_listing'],
  ])('%s: every read of calls or SMS is a covering index (%s)', async (command, index) => {
    const db = await openTempDatabase();
    try {
      await insertFixture(db, ATTRIBUTION_CASES);
      const connection = sqliteOf(db.dataSource.manager);
      const statements = await statementsOf(connection, () => db.query(command));
      const onActivity = statements.filter(({ sql }) => /\b(calls|sms)\b/i.test(sql));
      expect(onActivity.length).toBeGreaterThanOrEqual(1);
      const reads = onActivity.flatMap(({ sql, params }) => {
        const names = activityNames(sql);
        const details = (connection.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((row) => row.detail);
        return details.filter((detail) => names.some((name) => new RegExp(`^(SCAN|SEARCH) ${name}\\b`).test(detail)));
      });
      expect(reads.filter((detail) => !detail.includes('USING COVERING INDEX'))).toEqual([]);
      expect(reads.some((detail) => detail.includes(`COVERING INDEX ${index}`))).toBe(true);
    } finally {
      await db.close();
    }
  });
});
