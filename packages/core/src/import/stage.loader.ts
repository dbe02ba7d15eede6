import { statSync } from 'node:fs';
import type { HcdmSettings } from '../settings.js';
import type { ImportFile, ImportProgress, ImportSpec } from './import.types.js';
import type { RankedProblem } from './ranked-problem.js';
import { parseRecord } from './record.parser.js';
import { readRecords } from './record.reader.js';
import type { SqliteDatabase } from './sqlite.connection.js';
import { StageWriter } from './stage.writer.js';

export interface StagedFiles {
  /** Data rows read from each file, in the order of the files. */
  readonly rows: number[];
  /** Rows whose fields broke a rule, in file and line order. */
  readonly problems: RankedProblem[];
}

/**
 * Streams every file of one kind into its staging table. A row is staged whenever its key
 * parses, good or not, so that an id repeated after a bad row is still caught; only rows
 * marked ok are merged later.
 */
export async function stageFiles(
  db: SqliteDatabase,
  spec: ImportSpec,
  files: readonly ImportFile[],
  settings: HcdmSettings,
  onProgress?: (progress: ImportProgress) => void,
): Promise<StagedFiles> {
  const writer = new StageWriter(db, spec);
  const keyIndex = spec.columns.findIndex((column) => column.column === spec.key);
  const required = spec.columns.filter((column) => !column.parser.optional).map((column) => column.field);
  const rows: number[] = [];
  const problems: RankedProblem[] = [];
  for (const [fileIndex, file] of files.entries()) {
    const totalBytes = statSync(file.path).size;
    let count = 0;
    for await (const batch of readRecords(file.path, file.format, required)) {
      for (const record of batch.records) {
        const parsed = parseRecord(spec, keyIndex, record, settings);
        for (const { order, ...problem } of parsed.problems) {
          problems.push({ fileIndex, line: record.line, order, problem: { file: file.path, line: record.line, ...problem } });
        }
        if (parsed.keyed) writer.add(fileIndex, record.line, parsed.problems.length === 0, parsed.values);
      }
      count += batch.records.length;
      onProgress?.({ file: file.path, kind: spec.kind, bytesRead: batch.bytesRead, totalBytes, rows: count });
    }
    rows.push(count);
  }
  writer.flush();
  return { rows, problems };
}
