import type { EntityManager } from 'typeorm';
import type { HcdmSettings } from '@hcdm/core';
import { importDialectOf } from './dialect/import-dialect.js';
import { loadDirect } from './direct.loader.js';
import type { DerivedColumns, ImportFile, ImportProgress, ImportSpec, KindCounts, RecordKind, RowProblem } from './import.types.js';
import { importStaged } from './staged.import.js';
import { checkSqlNames } from './stage.sql.js';
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
 * Imports every file of one kind inside the caller's transaction (or one of its own, so a kind
 * is never half written), the same steps on both engines. Into an empty table the rows go
 * straight in (loadDirect), bad ones left out and listed; otherwise, or where only it can
 * report exactly (see loadDirect), the staged import runs: stream the rows into a temp staging
 * table, check repeats and references set-wise, merge the good rows. Bad rows are returned as
 * problems, never thrown; deciding between all-or-nothing and skipping them is the caller's. A
 * file that cannot be read at all throws ImportFileError.
 */
export async function importKind(
  manager: EntityManager,
  spec: ImportSpec,
  files: readonly ImportFile[],
  options: KindImportOptions,
): Promise<KindImportResult> {
  if (manager.queryRunner?.isTransactionActive !== true) return manager.transaction((inner) => importKind(inner, spec, files, options));
  const derivedNames = (options.derived?.columns ?? []).map((column) => column.column);
  checkSqlNames(spec, ...derivedNames, ...(options.changedCustomersTable === undefined ? [] : [options.changedCustomersTable]));
  const source = options.rowSource ?? ((request) => readRowBatches(spec, request, options.derived));
  const dialect = importDialectOf(manager);
  const connection = await dialect.connect(manager);
  // Read once for both paths: the direct load's rollback leaves the referenced tables as they are.
  const job: KindJob = { spec, files, options, source, knownKeys: await connection.readKnownKeys(spec.references, options.knownKeysLimit) };
  if (files.length > 0 && (await connection.all(`SELECT 1 AS present FROM ${spec.table} LIMIT 1`)).length === 0) {
    const direct = await loadDirect(connection, job);
    if (direct !== null) return direct;
  }
  return importStaged(connection, dialect, job);
}
