import { SAMPLE_KINDS } from './bench.sizes.js';
import { sqlString } from './sql-string.js';

/** The tables hcdm's import fills, in the order it fills them: named after the record kinds. */
const HCDM_TABLES = SAMPLE_KINDS;

/** What the floor's script recreates: hcdm's own CREATE statements, read from its database. */
export interface HcdmSchema {
  /** CREATE TABLE of each of HCDM_TABLES. */
  readonly tables: readonly string[];
  /** CREATE INDEX of each of their secondary indexes. */
  readonly indexes: readonly string[];
}

/** The SQL that reads HcdmSchema out of an hcdm database, one statement a line of output. */
export const SCHEMA_QUERY = `SELECT type, replace(replace(sql, char(10), ' '), char(13), ' ') FROM sqlite_master
  WHERE tbl_name IN (${HCDM_TABLES.map((table) => `'${table}'`).join(', ')}) AND sql IS NOT NULL ORDER BY type DESC, name;`;

/** HcdmSchema from SCHEMA_QUERY's output in the shell's default list mode (`type|sql`). */
export function parseSchema(output: string): HcdmSchema {
  const tables: string[] = [];
  const indexes: string[] = [];
  for (const line of output.split('\n')) {
    const bar = line.indexOf('|');
    if (bar < 0) continue;
    const [type, sql] = [line.slice(0, bar), line.slice(bar + 1).trim()];
    if (type === 'table') tables.push(sql);
    else if (type === 'index') indexes.push(sql);
  }
  return { tables, indexes };
}

/**
 * The floor under hcdm's import: SQLite alone writing the rows and indexes an hcdm import
 * writes (its tables copied from an imported database with INSERT ... SELECT, the secondary
 * indexes built after, one transaction, WAL, foreign keys unchecked as during hcdm's import),
 * with nothing parsed, validated or attributed. Whatever hcdm's import takes beyond this is
 * JavaScript's; this much no import into these tables can avoid.
 */
export function sqliteAloneScript(source: string, schema: HcdmSchema): string {
  return [
    'PRAGMA journal_mode = WAL;',
    'PRAGMA synchronous = NORMAL;',
    `ATTACH ${sqlString(source)} AS hcdm;`,
    ...schema.tables.map((sql) => `${sql};`),
    'BEGIN;',
    ...HCDM_TABLES.map((table) => `INSERT INTO main.${table} SELECT * FROM hcdm.${table};`),
    ...schema.indexes.map((sql) => `${sql};`),
    'COMMIT;',
    '',
  ].join('\n');
}
