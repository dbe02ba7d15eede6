import type { sqliteOf } from '@hcdm/core';

export interface Statement {
  readonly sql: string;
  readonly params: unknown[];
}

/** Every statement run on the connection while `work` runs, with its parameters. */
export async function statementsOf(connection: ReturnType<typeof sqliteOf>, work: () => Promise<unknown>): Promise<Statement[]> {
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
export function activityNames(sql: string): string[] {
  const names = [...sql.matchAll(/\b(?:FROM|JOIN)\s+"?(calls|sms)"?(?:\s+(?:AS\s+)?"?(\w+)"?)?/gi)].map((match) => {
    const alias = match[2];
    return alias === undefined || /^(WHERE|JOIN|LEFT|INNER|ON|GROUP|ORDER|UNION)$/i.test(alias) ? match[1]! : alias;
  });
  return [...new Set(names)];
}
