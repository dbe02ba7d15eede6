import { BatchInserter } from './batch.inserter.js';
import type { ImportFile, ImportSpec } from './import.types.js';
import type { KindImportOptions, KindImportResult } from './kind.import.js';
import { recordAllCustomersSql } from './merge.sql.js';
import { readKnownKeysOnSqlite, uncheckedReferences } from './known-keys.js';
import type { RowSource } from './row-batch.types.js';
import { createIndexes, dropSecondaryIndexes } from './secondary-indexes.js';
import type { SqliteDatabase } from './sqlite.connection.js';
import { hasUnknownReferenceSql } from './stage.sql.js';

const SAVEPOINT = 'hcdm_direct_load';

/**
 * The fast path of an import into an empty table: rows go straight into the table in large
 * prepared INSERTs, its secondary indexes are built once at the end (or by the caller, later),
 * and there is no staging table. It only holds while the data is clean, so it gives up (null,
 * everything it wrote rolled back to a savepoint) at the first bad row, a repeated id (the
 * primary key refuses it), or an unknown reference; the caller then runs the staged import,
 * which reports every problem exactly. Errors that are not about the rows (an unreadable
 * file) are thrown as they are.
 */
export async function loadDirect(
  db: SqliteDatabase,
  spec: ImportSpec,
  files: readonly ImportFile[],
  options: KindImportOptions,
  source: RowSource,
): Promise<KindImportResult | null> {
  db.exec(`SAVEPOINT ${SAVEPOINT}`);
  let result: KindImportResult | null = null;
  try {
    result = await insertAll(db, spec, files, options, source);
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

async function insertAll(
  db: SqliteDatabase,
  spec: ImportSpec,
  files: readonly ImportFile[],
  options: KindImportOptions,
  source: RowSource,
): Promise<KindImportResult | null> {
  const indexes = dropSecondaryIndexes(db, spec.table);
  const columns = [...spec.columns.map((column) => column.column), ...(options.derived?.columns ?? []).map((column) => column.column)];
  const writer = new BatchInserter(db, spec.table, columns);
  const rows = files.map(() => 0);
  const knownKeys = await readKnownKeysOnSqlite(db, spec.references, options.knownKeysLimit);
  for await (const batch of source({ files, settings: options.settings, layout: 'direct', batchRows: writer.batchRows, knownKeys })) {
    if (batch.problems.length > 0) return null;
    writer.insert(batch.params, batch.rows);
    rows[batch.fileIndex] = batch.fileRows;
    const file = files[batch.fileIndex]!.path;
    options.onProgress?.({ file, kind: spec.kind, bytesRead: batch.bytesRead, totalBytes: batch.totalBytes, rows: batch.fileRows });
  }
  if (uncheckedReferences(spec.references, knownKeys).some((reference) => db.prepare(hasUnknownReferenceSql(spec, reference)).get() !== undefined)) return null;
  if (options.deferIndexes === undefined) createIndexes(db, indexes);
  else options.deferIndexes(indexes);
  if (spec.customerColumn !== undefined && options.changedCustomersTable !== undefined) {
    db.prepare(recordAllCustomersSql(spec, spec.customerColumn, options.changedCustomersTable)).run();
  }
  const inserted = rows.reduce((sum, count) => sum + count, 0);
  return {
    counts: { inserted, updated: 0, unchanged: 0, rejected: 0 },
    files: files.map((file, index) => ({ path: file.path, kind: spec.kind, rows: rows[index] ?? 0 })),
    problems: [],
  };
}

function isConstraintError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT');
}

function rollBack(db: SqliteDatabase): void {
  db.exec(`ROLLBACK TO ${SAVEPOINT}`);
  db.exec(`RELEASE ${SAVEPOINT}`);
}
