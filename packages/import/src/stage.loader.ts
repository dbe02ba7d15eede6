import type { HcdmSettings } from '@hcdm/core';
import { BatchInserter } from './batch.inserter.js';
import type { ImportFile, ImportProgress, ImportSpec } from './import.types.js';
import type { RankedProblem } from './ranked-problem.js';
import type { KnownKeys, RowSource } from './row-batch.types.js';
import type { SqliteDatabase } from '@hcdm/core';
import { stageColumns, stageTable } from './stage.sql.js';
import type { DerivedColumns } from './import.types.js';

export interface StagedFiles {
  /** Data rows read from each file, in the order of the files. */
  readonly rows: number[];
  /** Rows whose fields broke a rule or that name an unknown key (checked while reading), in file and line order. */
  readonly problems: RankedProblem[];
}

/**
 * Streams every file of one kind into its staging table. A row is staged whenever its key
 * parses, good or not, so that an id repeated after a bad row is still caught; only rows
 * marked ok are merged later. Good rows carry their derived values too. References whose keys
 * are in `knownKeys` are checked as rows are read.
 */
export async function stageFiles(
  db: SqliteDatabase,
  spec: ImportSpec,
  files: readonly ImportFile[],
  settings: HcdmSettings,
  source: RowSource,
  derived: DerivedColumns | undefined,
  knownKeys: KnownKeys,
  onProgress?: (progress: ImportProgress) => void,
): Promise<StagedFiles> {
  const writer = new BatchInserter(db, stageTable(spec), stageColumns(spec, derived));
  const rows = files.map(() => 0);
  const problems: RankedProblem[] = [];
  for await (const batch of source({ files, settings, layout: 'staged', batchRows: writer.batchRows, knownKeys })) {
    writer.insert(batch.params, batch.rows);
    for (const problem of batch.problems) problems.push(problem);
    rows[batch.fileIndex] = batch.fileRows;
    const file = files[batch.fileIndex]!.path;
    onProgress?.({ file, kind: spec.kind, bytesRead: batch.bytesRead, totalBytes: batch.totalBytes, rows: batch.fileRows });
  }
  return { rows, problems };
}
