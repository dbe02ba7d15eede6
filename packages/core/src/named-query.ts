import type { EntityManager, ObjectLiteral } from 'typeorm';

/**
 * Runs SQL with `:name` / `:...list` parameters, for the statements QueryBuilder cannot express
 * (UNION, CTEs, a dialect's own DDL). The driver turns them into its own placeholders, so one
 * statement runs on every engine and no value is pasted into it.
 */
export async function queryNamed<T = unknown>(manager: EntityManager, sql: string, parameters: ObjectLiteral): Promise<T[]> {
  const [text, values] = manager.connection.driver.escapeQueryWithParameters(sql, parameters);
  return (await manager.query(text, values)) as T[];
}
