import type { ImportConnection } from './dialect/import-dialect.js';
import type { ImportSpec } from './import.types.js';
import type { KindImportResult, KindJob } from './kind-import.types.js';
import { recordAllCustomersSql, tableSpanSql, touchedCustomerColumn } from './merge.sql.js';
import { spanOf } from './stage.merge.js';
import { sortProblems } from './ranked-problem.js';
import { uncheckedReferences } from './known-keys.js';
import { loadRows, rowsRequestOf } from './rows.loader.js';
import { hasUnknownReferenceSql, targetColumns } from './stage.sql.js';

const SAVEPOINT = 'hcdm_direct_load';

/** Past this many problems the direct load gives up and the staged import lists them. */
const MAX_DIRECT_PROBLEMS = 10_000;

/**
 * The fast path of an import into an empty table, the same on both engines: rows go straight
 * into the table (multi-row INSERTs, or one COPY), its secondary indexes (and on PostgreSQL its
 * foreign keys) are made once at the end (or by the caller, later), and there is no staging
 * table. A row with a bad field or an unknown customer or listing is left out and listed, as
 * the staged import lists it, so a bad row near the end of a large file costs no second
 * reading. Where only the staged import can say exactly what is wrong it gives up (null,
 * everything it wrote rolled back to a savepoint) and the caller runs that: a repeated id (the
 * primary key refuses it, or a bad row's id recurs), an unknown reference found in SQL after
 * the load (or bad rows where references are checked that way), a foreign key made again that
 * refuses a row, no right to alter the table, or more than MAX_DIRECT_PROBLEMS problems.
 * Errors that are not about the rows (an unreadable file) are thrown as they are.
 */
export async function loadDirect(connection: ImportConnection, job: KindJob): Promise<KindImportResult | null> {
  await connection.run(`SAVEPOINT ${SAVEPOINT}`);
  let result: KindImportResult | null;
  try {
    result = await insertAll(connection, job);
  } catch (error) {
    await rollBack(connection);
    if (connection.isRowError(error)) return null;
    throw error;
  }
  if (result === null) await rollBack(connection);
  else await connection.run(`RELEASE SAVEPOINT ${SAVEPOINT}`);
  return result;
}

async function insertAll(connection: ImportConnection, job: KindJob): Promise<KindImportResult | null> {
  const { spec, files, options, source, knownKeys } = job;
  const dropped = await connection.dropIndexes(spec.table);
  const request = rowsRequestOf(job, 'direct', spec.table, targetColumns(spec, options.derived));
  const loaded = await loadRows(connection, source, { ...request, maxProblems: MAX_DIRECT_PROBLEMS });
  if (!loaded.complete) return null;
  if (await keysOfBadRowsRecur(connection, spec, loaded.badKeys)) return null;
  const unchecked = uncheckedReferences(spec.references, knownKeys);
  // The SQL check below sees only the rows written: the references of rows left out go unchecked.
  if (unchecked.length > 0 && loaded.problems.length > 0) return null;
  for (const reference of unchecked) {
    if ((await connection.all(hasUnknownReferenceSql(spec, reference))).length > 0) return null;
  }
  // Each checks every row at once; one that refuses a row is a row error (the caller stages).
  for (const sql of dropped.foreignKeys) await connection.run(sql);
  if (options.deferIndexes === undefined) await connection.createIndexes(dropped.indexes);
  else options.deferIndexes(dropped.indexes);
  if (spec.customerColumn !== undefined && options.changedCustomersTable !== undefined) {
    await connection.run(recordAllCustomersSql(spec, spec.customerColumn, options.changedCustomersTable));
  }
  const touchedColumn = touchedCustomerColumn(spec);
  if (touchedColumn !== undefined && options.touchedCustomersTable !== undefined) {
    await connection.run(recordAllCustomersSql(spec, touchedColumn, options.touchedCustomersTable));
  }
  const total = loaded.rows.reduce((sum, count) => sum + count, 0);
  return {
    counts: { inserted: loaded.written, updated: 0, unchanged: 0, rejected: total - loaded.written },
    newCustomers: loaded.newCustomers.length,
    untagged: loaded.untagged,
    ...(options.instantColumn === undefined ? {} : { instants: await spanOf(connection, tableSpanSql(spec, options.instantColumn)) }),
    files: files.map((file, index) => ({ path: file.path, kind: spec.kind, rows: loaded.rows[index] ?? 0 })),
    problems: sortProblems(loaded.problems),
  };
}

/**
 * Whether an id of a row left out for its problems is also another row's. The staged import
 * reports such an id as repeated (on the later row, good or bad), which the rows left out
 * cannot show here: the staged import then runs, and reports exactly. Good rows repeating each
 * other never get this far: the primary key refuses them.
 */
async function keysOfBadRowsRecur(connection: ImportConnection, spec: ImportSpec, badKeys: readonly string[]): Promise<boolean> {
  if (badKeys.length === 0) return false;
  if (new Set(badKeys).size < badKeys.length) return true;
  return connection.hasAnyKey(spec.table, spec.key, badKeys);
}

async function rollBack(connection: ImportConnection): Promise<void> {
  await connection.run(`ROLLBACK TO SAVEPOINT ${SAVEPOINT}`);
  await connection.run(`RELEASE SAVEPOINT ${SAVEPOINT}`);
}
