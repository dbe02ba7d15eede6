import type { EntityManager, ObjectLiteral } from 'typeorm';

/**
 * Runs SQL with `:name` / `:...list` parameters, for the few statements QueryBuilder cannot
 * express (UNION). The driver turns them into its own placeholders, so the statement stays
 * portable and no value is pasted into it.
 */
export async function queryNamed<T>(manager: EntityManager, sql: string, parameters: ObjectLiteral): Promise<T[]> {
  const [text, values] = manager.connection.driver.escapeQueryWithParameters(sql, parameters);
  return (await manager.query(text, values)) as T[];
}
