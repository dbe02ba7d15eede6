import type { QueryRunner } from 'typeorm';
import { allowedValuesCondition, type AllowedValuesChange } from '../dialect.js';

interface SchemaRow {
  readonly sql: string;
}

/**
 * SQLite's side of Dialect.setAllowedValues: a constraint cannot be altered, so the table is
 * rebuilt as SQLite's ALTER TABLE documentation describes (new table, copy, drop, rename, indexes
 * again). The new table's statement is the stored one with the column's CHECK replaced, so every
 * other column (those added by later migrations too), default and key stays exactly as it was,
 * in the same order. Nothing references calls or sms by a foreign key, so dropping the old table
 * leaves no reference dangling; its rows are copied first, inside the migration's transaction.
 */
export async function setAllowedValuesOnSqlite(queryRunner: QueryRunner, change: AllowedValuesChange): Promise<void> {
  const { table, column } = change;
  const [stored] = (await queryRunner.query(`SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?`, [table])) as SchemaRow[];
  if (stored === undefined) throw new Error(`setAllowedValues: no table ${table}`);
  const check = new RegExp(`CHECK \\(\\s*"?${column}"?\\s+IN\\s*\\([^)]*\\)\\s*\\)`, 'i');
  if (!check.test(stored.sql)) throw new Error(`setAllowedValues: ${table} has no CHECK of ${column} IN (...) to replace`);
  const rebuilt = `${table}_rebuilt`;
  const createRebuilt = stored.sql
    .replace(new RegExp(`^CREATE TABLE\\s+"?${table}"?`, 'i'), `CREATE TABLE ${rebuilt}`)
    .replace(check, `CHECK (${allowedValuesCondition(change)})`);
  const indexes = (await queryRunner.query(`SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL ORDER BY name`, [
    table,
  ])) as SchemaRow[];
  const statistics = await keptStatistics(queryRunner, table);
  await queryRunner.query(createRebuilt);
  await queryRunner.query(`INSERT INTO ${rebuilt} SELECT * FROM ${table}`);
  await queryRunner.query(`DROP TABLE ${table}`);
  await queryRunner.query(`ALTER TABLE ${rebuilt} RENAME TO ${table}`);
  for (const index of indexes) await queryRunner.query(index.sql);
  await statistics.restore();
}

/**
 * The planner's statistics of the table (sqlite_stat1, when ANALYZE has ever run), put back after
 * the rebuild: the rows are the same, and dropping the table dropped them.
 */
async function keptStatistics(queryRunner: QueryRunner, table: string): Promise<{ restore(): Promise<void> }> {
  const [analyzed] = (await queryRunner.query(`SELECT 1 AS yes FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_stat1'`)) as unknown[];
  if (analyzed === undefined) return { restore: async () => {} };
  const rows = (await queryRunner.query(`SELECT tbl, idx, stat FROM sqlite_stat1 WHERE tbl = ?`, [table])) as { tbl: string; idx: string | null; stat: string }[];
  return {
    restore: async () => {
      await queryRunner.query(`DELETE FROM sqlite_stat1 WHERE tbl = ?`, [table]);
      for (const row of rows) await queryRunner.query(`INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES (?, ?, ?)`, [row.tbl, row.idx, row.stat]);
    },
  };
}
