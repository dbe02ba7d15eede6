import { queryNamed } from '@hcdm/core';
import type { EntityManager, ObjectLiteral } from 'typeorm';

/** The single number a `SELECT COUNT(*) AS n` answers (PostgreSQL gives a bigint as text). */
export async function countNamed(manager: EntityManager, sql: string, parameters: ObjectLiteral): Promise<number> {
  const [row] = await queryNamed<{ n: number | string }>(manager, sql, parameters);
  return Number(row?.n ?? 0);
}
