import type { QueryRunner } from 'typeorm';
import { allowedValuesCondition, type AllowedValuesChange } from '../dialect.js';

/**
 * PostgreSQL's side of Dialect.setAllowedValues: the CHECK constraints on the column alone (the
 * one its CREATE TABLE made is `calls_status_check`, whatever its name) are dropped and one
 * allowing the new values is added under that default name; adding it checks the stored rows.
 */
export async function setAllowedValuesOnPostgres(queryRunner: QueryRunner, change: AllowedValuesChange): Promise<void> {
  const { table, column } = change;
  const checks = (await queryRunner.query(
    `SELECT c.conname AS name FROM pg_constraint c
       JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
       WHERE c.conrelid = $1::regclass AND c.contype = 'c' AND cardinality(c.conkey) = 1 AND a.attname = $2
       ORDER BY c.conname`,
    [table, column],
  )) as { name: string }[];
  if (checks.length === 0) throw new Error(`setAllowedValues: ${table} has no CHECK of ${column} to replace`);
  for (const check of checks) await queryRunner.query(`ALTER TABLE ${table} DROP CONSTRAINT "${check.name.replaceAll('"', '""')}"`);
  await queryRunner.query(`ALTER TABLE ${table} ADD CONSTRAINT ${table}_${column}_check CHECK (${allowedValuesCondition(change)})`);
}
