import { join } from 'node:path';
import { SAMPLE_KINDS } from './bench.sizes.js';
import { sqlString } from './sql-string.js';

/** `public.table`: pg_dump's scripts empty the search path, so every name is qualified. */
const qualified = (table: string) => `public.${table}`;

const fileOf = (dir: string, table: string) => sqlString(join(dir, `${table}.copy`));

/** The psql script that writes each of hcdm's tables, as hcdm's import left it, to `dir` (COPY's text format). */
export function dumpTablesScript(dir: string): string {
  return [...SAMPLE_KINDS.map((table) => `\\copy ${qualified(table)} TO ${fileOf(dir, table)}`), ''].join('\n');
}

/** hcdm's schema for its tables, as pg_dump writes it: tables before the rows, keys and indexes after. */
export interface PostgresSchema {
  /** pg_dump --section=pre-data: the CREATE TABLE statements. */
  readonly preData: string;
  /** pg_dump --section=post-data: primary keys, secondary indexes, foreign keys. */
  readonly postData: string;
}

/**
 * The floor under hcdm's import on PostgreSQL, as sqlite-alone.sql.ts is SQLite's: the server
 * alone loading the rows hcdm's import wrote (dumped from its database with dumpTablesScript,
 * attributed already) into hcdm's tables with COPY, then building hcdm's keys, indexes and
 * foreign keys, in one transaction. Nothing is parsed, checked or attributed by JavaScript:
 * whatever hcdm takes beyond this is its own.
 */
export function postgresAloneScript(dir: string, schema: PostgresSchema): string {
  return [
    'BEGIN;',
    schema.preData,
    ...SAMPLE_KINDS.map((table) => `\\copy ${qualified(table)} FROM ${fileOf(dir, table)}`),
    schema.postData,
    'COMMIT;',
    '',
  ].join('\n');
}
