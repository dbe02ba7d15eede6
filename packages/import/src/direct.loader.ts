import { BatchInserter } from './batch.inserter.js';
import type { ImportSpec } from './import.types.js';
import type { KindImportResult, KindJob } from './kind.import.js';
import { recordAllCustomersSql } from './merge.sql.js';
import { sortProblems, type RankedProblem } from './ranked-problem.js';
import { uncheckedReferences } from './known-keys.js';
import { createIndexes, dropSecondaryIndexes } from './secondary-indexes.js';
import type { SqliteDatabase } from '@hcdm/core';
import { hasUnknownReferenceSql, targetColumns } from './stage.sql.js';

const SAVEPOINT = 'hcdm_direct_load';

/** Past this many problems the direct load gives up and the staged import lists them. */
const MAX_DIRECT_PROBLEMS = 10_000;

/** Ids looked up per statement when checking the ids of bad rows. */
const KEYS_PER_PROBE = 500;

/**
 * The fast path of an import into an empty table: rows go straight into the table in large
 * prepared INSERTs, its secondary indexes are built once at the end (or by the caller, later),
 * and there is no staging table. A row with a bad field or an unknown customer or listing is
 * left out and listed, as the staged import lists it, so a bad row near the end of a large file
 * costs no second reading. Where only the staged import can say exactly what is wrong it gives
 * up (null, everything it wrote rolled back to a savepoint) and the caller runs that: a repeated
 * id (the primary key refuses it, or a bad row's id recurs), an unknown reference found in SQL
 * after the load (or bad rows where references are checked that way), or more than
 * MAX_DIRECT_PROBLEMS problems. Errors that are not about the rows
 * (an unreadable file) are thrown as they are.
 */
export async function loadDirect(db: SqliteDatabase, job: KindJob): Promise<KindImportResult | null> {
  db.exec(`SAVEPOINT ${SAVEPOINT}`);
  let result: KindImportResult | null = null;
  try {
    result = await insertAll(db, job);
  } catch (error) {
    if (!isConstraintError(error)) {
      rollBack(db);
      throw error;
    }
  }
  if (result === null) rollBack(db);
  else db.exec(`RELEASE ${SAVEPOINT}`);
  return result;
}

async function insertAll(db: SqliteDatabase, job: KindJob): Promise<KindImportResult | null> {
  const { spec, files, options, source, knownKeys } = job;
  const indexes = dropSecondaryIndexes(db, spec.table);
  const writer = new BatchInserter(db, spec.table, targetColumns(spec, options.derived));
  const rows = files.map(() => 0);
  const problems: RankedProblem[] = [];
  const badKeys: string[] = [];
  let inserted = 0;
  for await (const batch of source({ files, settings: options.settings, layout: 'direct', batchRows: writer.batchRows, knownKeys })) {
    if (batch.problems.length > 0) {
      // Many bad rows: the staged import lists them, in bounded memory.
      if (problems.length + batch.problems.length > MAX_DIRECT_PROBLEMS) return null;
      for (const problem of batch.problems) problems.push(problem);
      for (const key of batch.badKeys) badKeys.push(key);
    }
    writer.insert(batch.params, batch.rows);
    inserted += batch.rows;
    rows[batch.fileIndex] = batch.fileRows;
    const file = files[batch.fileIndex]!.path;
    options.onProgress?.({ file, kind: spec.kind, bytesRead: batch.bytesRead, totalBytes: batch.totalBytes, rows: batch.fileRows });
  }
  if (keysOfBadRowsRecur(db, spec, badKeys)) return null;
  const unchecked = uncheckedReferences(spec.references, knownKeys);
  // The SQL check below sees only the rows written: the references of rows left out go unchecked.
  if (unchecked.length > 0 && problems.length > 0) return null;
  if (unchecked.some((reference) => db.prepare(hasUnknownReferenceSql(spec, reference)).get() !== undefined)) return null;
  if (options.deferIndexes === undefined) createIndexes(db, indexes);
  else options.deferIndexes(indexes);
  if (spec.customerColumn !== undefined && options.changedCustomersTable !== undefined) {
    db.prepare(recordAllCustomersSql(spec, spec.customerColumn, options.changedCustomersTable)).run();
  }
  const total = rows.reduce((sum, count) => sum + count, 0);
  return {
    counts: { inserted, updated: 0, unchanged: 0, rejected: total - inserted },
    files: files.map((file, index) => ({ path: file.path, kind: spec.kind, rows: rows[index] ?? 0 })),
    problems: sortProblems(problems),
  };
}

/**
 * Whether an id of a row left out for its problems is also another row's. The staged import
 * reports such an id as repeated (on the later row, good or bad), which the rows left out
 * cannot show here: the staged import then runs, and reports exactly. Good rows repeating each
 * other never get this far: the primary key refuses them.
 */
function keysOfBadRowsRecur(db: SqliteDatabase, spec: ImportSpec, badKeys: readonly string[]): boolean {
  if (badKeys.length === 0) return false;
  if (new Set(badKeys).size < badKeys.length) return true;
  for (let start = 0; start < badKeys.length; start += KEYS_PER_PROBE) {
    const keys = badKeys.slice(start, start + KEYS_PER_PROBE);
    const probe = db.prepare(`SELECT 1 FROM ${spec.table} WHERE ${spec.key} IN (${keys.map(() => '?').join(', ')}) LIMIT 1`);
    if (probe.get(...keys) !== undefined) return true;
  }
  return false;
}

function isConstraintError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT');
}

function rollBack(db: SqliteDatabase): void {
  db.exec(`ROLLBACK TO ${SAVEPOINT}`);
  db.exec(`RELEASE ${SAVEPOINT}`);
}
