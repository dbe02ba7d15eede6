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

/**
 * Aggregates come back as numbers from SQLite; from PostgreSQL bigint ones (COUNT(*)) are numbers
 * too (data-source.ts parses int8), but numeric ones (a SUM over bigint) are strings.
 */
export function toNumber(value: unknown): number {
  return value === null || value === undefined ? 0 : Number(value);
}

/** Like {@link toNumber}, but keeps "no value" (MIN over no rows) as null. */
export function toNullableNumber(value: unknown): number | null {
  return value === null || value === undefined ? null : Number(value);
}
