import { sqliteOf } from '@hcdm/core';
import { describe, expect, it } from 'vitest';
import { insertFixture, openTempDatabase } from '../query.test-utils.js';
import { ATTRIBUTION_CASES } from '@hcdm/test-database';
import { activityNames, statementsOf } from './query-plan.test-utils.js';

describe('the customer activity summary, planned by SQLite', () => {
  it.each(['', ' from 2026-03-01 to 2026-03-31'])('reads calls and SMS through an index, never a full scan (%s)', async (period) => {
    const db = await openTempDatabase();
    try {
      await insertFixture(db, ATTRIBUTION_CASES);
      const connection = sqliteOf(db.dataSource.manager);
      const statements = await statementsOf(connection, () => db.query(`show customer activity summary for +91 98000 00001${period}`));
      const onActivity = statements.filter(({ sql }) => /\b(calls|sms)\b/i.test(sql));
      const plans = onActivity.map(({ sql, params }) =>
        (connection.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((row) => row.detail),
      );
      // Each statement reads its table by the customer's key; "SCAN calls" (even of an index) reads every row.
      expect(onActivity.length).toBeGreaterThanOrEqual(2);
      onActivity.forEach(({ sql }, index) => {
        const names = activityNames(sql);
        const details = plans[index]!;
        expect(details.filter((detail) => names.some((name) => detail.startsWith(`SCAN ${name} `) || detail === `SCAN ${name}`))).toEqual([]);
        for (const name of names) expect(details.some((detail) => detail.startsWith(`SEARCH ${name} `) && detail.includes('(customer_id=?'))).toBe(true);
      });
    } finally {
      await db.close();
    }
  });
});
