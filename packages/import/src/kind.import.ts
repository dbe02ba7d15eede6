import type { EntityManager } from 'typeorm';
import type { HcdmSettings } from '@hcdm/core';
import { loadDirect } from './direct.loader.js';
import { readKnownKeysOnSqlite, uncheckedReferences } from './known-keys.js';
import type { DerivedColumns, ImportFile, ImportProgress, ImportSpec, KindCounts, RecordKind, RowProblem } from './import.types.js';
import { sortProblems } from './ranked-problem.js';
import { dialectOf } from '@hcdm/core';
import { importKindOnPostgres } from './postgres/postgres-kind.import.js';
import { createIndexesOnPostgres } from './postgres/postgres-indexes.js';
import { postgresClientOf } from './postgres/postgres.connection.js';
import { createIndexes } from './secondary-indexes.js';
import { sqliteOf, type SqliteDatabase } from '@hcdm/core';
import { checkStage } from './stage.checks.js';
import { stageFiles } from './stage.loader.js';
import { mergeStage } from './stage.merge.js';
import { sqliteStageRunner } from './stage.runner.js';
import { checkSqlNames, createStageSql, dropStageSql, indexStageSql } from './stage.sql.js';
import { readRowBatches } from './row-batches.js';
import type { KnownKeys, RowSource } from './row-batch.types.js';

export interface KindImportOptions {
  readonly settings: HcdmSettings;
  /** A table with a `customer_id` primary key that collects the customers whose rows changed. */
  readonly changedCustomersTable?: string;
  readonly onProgress?: (progress: ImportProgress) => void;
  /** Columns computed from each row as it is read (the attribution of calls and SMS). */
  readonly derived?: DerivedColumns;
  /**
   * Reads and parses the files (a worker thread, say); by default this thread does, with
   * `derived`. It must lay rows out as asked and derive the same values.
   */
  readonly rowSource?: RowSource;
  /**
   * Given, the indexes a load into an empty table dropped are handed to it to build later
   * (inside the same transaction), instead of being built at once.
   */
  readonly deferIndexes?: (statements: string[]) => void;
  /**
   * A referenced table of at most this many rows has its keys read for checking references as
   * rows are read; a larger one is checked in SQL after the load. Default 250,000
   * (MAX_KNOWN_KEYS in known-keys.ts).
   */
  readonly knownKeysLimit?: number;
}

export interface KindImportResult {
  readonly counts: KindCounts;
  readonly files: { path: string; kind: RecordKind; rows: number }[];
  /** Every rejected row's problems, in file, line and column order. */
  readonly problems: RowProblem[];
}

/** One kind's import as its two paths take it: what to read, how, and the referenced keys read for it. */
export interface KindJob {
  readonly spec: ImportSpec;
  readonly files: readonly ImportFile[];
  readonly options: KindImportOptions;
  readonly source: RowSource;
  readonly knownKeys: KnownKeys;
}

/**
 * Imports every file of one kind inside the caller's transaction. Into an empty table the rows
 * go straight in (loadDirect), bad ones left out and listed; otherwise, or where only it can
 * report exactly (see loadDirect), the staged import runs: stream the rows into a temp staging
 * table, check repeats and references set-wise, merge the good rows. Bad rows are returned as
 * problems, never thrown; deciding between all-or-nothing and skipping them is the caller's. A
 * file that cannot be read at all throws ImportFileError.
 * On PostgreSQL the same two paths write with COPY FROM STDIN (postgres/postgres-kind.import.ts).
 */
export async function importKind(
  manager: EntityManager,
  spec: ImportSpec,
  files: readonly ImportFile[],
  options: KindImportOptions,
): Promise<KindImportResult> {
  const derivedNames = (options.derived?.columns ?? []).map((column) => column.column);
  checkSqlNames(spec, ...derivedNames, ...(options.changedCustomersTable === undefined ? [] : [options.changedCustomersTable]));
  const source = options.rowSource ?? ((request) => readRowBatches(spec, request, options.derived));
  if (dialectOf(manager) === 'postgres') return importKindOnPostgres(manager, spec, files, options, source);
  const db = sqliteOf(manager);
  // Read once for both paths: the direct load's rollback leaves the referenced tables as they are.
  const job: KindJob = { spec, files, options, source, knownKeys: await readKnownKeysOnSqlite(db, spec.references, options.knownKeysLimit) };
  if (files.length > 0 && isEmpty(db, spec.table)) {
    const direct = await loadDirect(db, job);
    if (direct !== null) return direct;
  }
  return importStaged(db, job);
}

async function importStaged(db: SqliteDatabase, job: KindJob): Promise<KindImportResult> {
  const { spec, files, options, source, knownKeys } = job;
  db.exec(dropStageSql(spec));
  db.exec(createStageSql(spec, options.derived));
  try {
    const staged = await stageFiles(db, spec, files, options.settings, source, options.derived, knownKeys, options.onProgress);
    db.exec(indexStageSql(spec));
    const runner = sqliteStageRunner(db);
    const checked = await checkStage(runner, spec, files, uncheckedReferences(spec.references, knownKeys));
    const merged = await mergeStage(runner, spec, options.changedCustomersTable, options.derived);
    const total = staged.rows.reduce((sum, rows) => sum + rows, 0);
    const rejected = total - merged.inserted - merged.updated - merged.unchanged;
    return {
      counts: { ...merged, rejected },
      files: files.map((file, index) => ({ path: file.path, kind: spec.kind, rows: staged.rows[index] ?? 0 })),
      problems: sortProblems([...staged.problems, ...checked]),
    };
  } finally {
    db.exec(dropStageSql(spec));
  }
}

/**
 * Builds the indexes a load handed to KindImportOptions.deferIndexes, inside the caller's
 * transaction, on either engine (on PostgreSQL with room for the sorts, for this transaction).
 */
export async function createDeferredIndexes(manager: EntityManager, statements: readonly string[]): Promise<void> {
  if (dialectOf(manager) === 'postgres') await createIndexesOnPostgres(await postgresClientOf(manager), statements);
  else createIndexes(sqliteOf(manager), statements);
}

function isEmpty(db: SqliteDatabase, table: string): boolean {
  return db.prepare(`SELECT 1 AS present FROM ${table} LIMIT 1`).get() === undefined;
}
