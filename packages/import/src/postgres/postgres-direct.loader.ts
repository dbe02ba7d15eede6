import type { PoolClient } from 'pg';
import type { ReferenceSpec } from '../import.types.js';
import type { KindImportResult, KindJob } from '../kind.import.js';
import { recordAllCustomersSql } from '../merge.sql.js';
import { uncheckedReferences } from '../known-keys.js';
import { hasUnknownReferenceSql, targetColumns } from '../stage.sql.js';
import { copyRows } from './postgres-copy.rows.js';
import { createIndexesOnPostgres, dropIndexesAndForeignKeys } from './postgres-indexes.js';
import { queryRows } from './postgres.connection.js';

const SAVEPOINT = 'hcdm_direct_load';

/**
 * PostgreSQL's fast path into an empty table, as loadDirect is SQLite's: COPY straight into the
 * table, its foreign keys checked and its secondary indexes built once after it, no staging
 * table. It holds only while the data is clean: at the first bad row, a repeated id (the
 * primary key refuses it), an unknown reference (a foreign key refuses it, or the check after
 * the COPY finds it) it gives up (null, everything rolled back to a savepoint) and the caller
 * runs the staged import, which reports every problem exactly. It gives way too where the user
 * may not alter the table (dropping its indexes and keys is refused): the staged import needs no
 * such right. Other failures are thrown as they are.
 */
export async function loadDirectOnPostgres(client: PoolClient, job: KindJob): Promise<KindImportResult | null> {
  await client.query(`SAVEPOINT ${SAVEPOINT}`);
  let result: KindImportResult | null;
  try {
    result = await copyAll(client, job);
  } catch (error) {
    await client.query(`ROLLBACK TO SAVEPOINT ${SAVEPOINT}`);
    if (!isRowError(error)) throw error;
    return null;
  }
  await client.query(result === null ? `ROLLBACK TO SAVEPOINT ${SAVEPOINT}` : `RELEASE SAVEPOINT ${SAVEPOINT}`);
  return result;
}

async function copyAll(client: PoolClient, job: KindJob): Promise<KindImportResult | null> {
  const { spec, files, options, source, knownKeys } = job;
  // Known references are checked as rows are read (the first bad row gives way to the staged
  // import); the others by their foreign key, made again after the COPY, or, without one, in
  // SQL after the COPY.
  const unchecked: ReferenceSpec[] = [];
  for (const reference of spec.references) if (!(await hasForeignKey(client, spec.table, reference))) unchecked.push(reference);
  const dropped = await dropIndexesAndForeignKeys(client, spec.table);
  const copied = await copyRows(client, source, {
    table: spec.table,
    columns: targetColumns(spec, options.derived),
    layout: 'direct',
    files,
    settings: options.settings,
    kind: spec.kind,
    onProgress: options.onProgress,
    knownKeys,
  });
  if (!copied.complete) return null;
  // Checks every row at once; an unknown reference fails it (class 23), and the caller stages.
  for (const sql of dropped.foreignKeys) await client.query(sql);
  for (const reference of uncheckedReferences(unchecked, knownKeys)) {
    if ((await queryRows(client, hasUnknownReferenceSql(spec, reference))).length > 0) return null;
  }
  if (options.deferIndexes === undefined) await createIndexesOnPostgres(client, dropped.indexes);
  else options.deferIndexes(dropped.indexes);
  if (spec.customerColumn !== undefined && options.changedCustomersTable !== undefined) {
    await client.query(recordAllCustomersSql(spec, spec.customerColumn, options.changedCustomersTable));
  }
  const inserted = copied.rows.reduce((sum, count) => sum + count, 0);
  return {
    counts: { inserted, updated: 0, unchanged: 0, rejected: 0 },
    files: files.map((file, index) => ({ path: file.path, kind: spec.kind, rows: copied.rows[index] ?? 0 })),
    problems: [],
  };
}

/** Whether the server itself checks `reference` (a foreign key of exactly that column and key). */
async function hasForeignKey(client: PoolClient, table: string, reference: ReferenceSpec): Promise<boolean> {
  const keys = await queryRows(
    client,
    `SELECT 1 AS present FROM pg_constraint k
       JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = k.conkey[1]
       JOIN pg_attribute f ON f.attrelid = k.confrelid AND f.attnum = k.confkey[1]
       WHERE k.contype = 'f' AND cardinality(k.conkey) = 1 AND k.conrelid = $1::regclass
         AND k.confrelid = $2::regclass AND a.attname = $3 AND f.attname = $4`,
    [table, reference.table, reference.column, reference.key],
  );
  return keys.length > 0;
}

/**
 * Integrity violations (class 23: a repeated key, an unknown reference, a check), the rows'
 * fault; or no right to alter the table (42501): the staged import needs none.
 */
function isRowError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('23') || code === '42501');
}
