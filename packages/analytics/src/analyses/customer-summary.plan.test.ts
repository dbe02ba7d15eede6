import { sqliteOf } from '@hcdm/core';
import { describe, expect, it } from 'vitest';
import { insertFixture, openTempDatabase } from '../analytics.test-utils.js';
import { ATTRIBUTION_CASES } from '../attribution-cases.test-utils.js';

interface Statement {
  readonly sql: string;
  readonly params: unknown[];
}

/** Every statement run on the connection while `work` runs, with its parameters. */
async function statementsOf(connection: ReturnType<typeof sqliteOf>, work: () => Promise<unknown>): Promise<Statement[]> {
  const statements: Statement[] = [];
  const prepare = connection.prepare.bind(connection);
  connection.prepare = ((sql: string) => {
    const statement = prepare(sql);
    for (const method of ['all', 'get', 'run', 'iterate'] as const) {
      const run = (statement[method] as (...params: unknown[]) => unknown).bind(statement);
      Object.assign(statement, { [method]: (...params: unknown[]) => (statements.push({ sql, params }), run(...params)) });
    }
    return statement;
  }) as typeof connection.prepare;
  try {
    await work();
  } finally {
    connection.prepare = prepare;
  }
  return statements;
}

/** The names calls and SMS go by in a statement's plan: the table's own, or its alias. */
function activityNames(sql: string): string[] {
  const names = [...sql.matchAll(/\b(?:FROM|JOIN)\s+"?(calls|sms)"?(?:\s+(?:AS\s+)?"?(\w+)"?)?/gi)].map((match) => {
    const alias = match[2];
    return alias === undefined || /^(WHERE|JOIN|LEFT|INNER|ON|GROUP|ORDER|UNION)$/i.test(alias) ? match[1]! : alias;
  });
  return [...new Set(names)];
}

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
