import type { EntityManager, ObjectLiteral } from 'typeorm';

/**
 * Runs SQL with `:name` parameters: the driver turns them into its own placeholders, so one
 * statement runs on SQLite and PostgreSQL and no value is pasted into it.
 */
export async function runNamed<T = unknown>(manager: EntityManager, sql: string, parameters: ObjectLiteral): Promise<T[]> {
  const [text, values] = manager.connection.driver.escapeQueryWithParameters(sql, parameters);
  return (await manager.query(text, values)) as T[];
}

/** The single number a `SELECT COUNT(*) AS n` answers (PostgreSQL gives a bigint as text). */
export async function countNamed(manager: EntityManager, sql: string, parameters: ObjectLiteral): Promise<number> {
  const [row] = await runNamed<{ n: number | string }>(manager, sql, parameters);
  return Number(row?.n ?? 0);
}
