import type { EntityManager } from 'typeorm';
import type { HcdmSettings } from '../settings.js';
import type { ImportFile, ImportProgress, ImportSpec, KindCounts, RecordKind, RowProblem } from './import.types.js';
import { sortProblems } from './ranked-problem.js';
import { sqliteOf } from './sqlite.connection.js';
import { checkStage } from './stage.checks.js';
import { stageFiles } from './stage.loader.js';
import { mergeStage } from './stage.merge.js';
import { checkSqlNames, createStageSql, dropStageSql } from './stage.sql.js';

export interface KindImportOptions {
  readonly settings: HcdmSettings;
  /** A table with a `customer_id` primary key that collects the customers whose rows changed. */
  readonly changedCustomersTable?: string;
  readonly onProgress?: (progress: ImportProgress) => void;
}

export interface KindImportResult {
  readonly counts: KindCounts;
  readonly files: { path: string; kind: RecordKind; rows: number }[];
  /** Every rejected row's problems, in file, line and column order. */
  readonly problems: RowProblem[];
}

/**
 * Imports every file of one kind inside the caller's transaction: stream the rows into a temp
 * staging table, check repeats and references set-wise, merge the good rows. Bad rows are
 * returned as problems, never thrown; deciding between all-or-nothing and skipping them is the
 * caller's. A file that cannot be read at all throws ImportFileError.
 */
export async function importKind(
  manager: EntityManager,
  spec: ImportSpec,
  files: readonly ImportFile[],
  options: KindImportOptions,
): Promise<KindImportResult> {
  checkSqlNames(spec, ...(options.changedCustomersTable === undefined ? [] : [options.changedCustomersTable]));
  const db = sqliteOf(manager);
  db.exec(dropStageSql(spec));
  for (const sql of createStageSql(spec)) db.exec(sql);
  try {
    const staged = await stageFiles(db, spec, files, options.settings, options.onProgress);
    const checked = checkStage(db, spec, files);
    const merged = mergeStage(db, spec, options.changedCustomersTable);
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
