import type { PoolClient } from 'pg';
import type { ImportFile, ImportProgress, ImportSpec } from '../import.types.js';
import type { RankedProblem } from '../ranked-problem.js';
import type { KnownKeys, RowLayout, RowSource } from '../row-batch.types.js';
import type { HcdmSettings } from '@hcdm/core';
import { copyCsvRows } from './copy-csv.format.js';
import { CopyWriter } from './copy.writer.js';

/** Rows per batch handed to COPY: a few hundred kilobytes of CSV per write. */
export const COPY_BATCH_ROWS = 2000;

export interface CopiedRows {
  /** Data rows read from each file. */
  readonly rows: number[];
  readonly problems: RankedProblem[];
  /** False when reading stopped at a bad row (the direct layout) and the COPY was cancelled. */
  readonly complete: boolean;
}

export interface CopyRequest {
  readonly table: string;
  readonly columns: readonly string[];
  readonly layout: RowLayout;
  readonly files: readonly ImportFile[];
  readonly settings: HcdmSettings;
  readonly kind: ImportSpec['kind'];
  readonly onProgress?: (progress: ImportProgress) => void;
  /** References checked as rows are read (RowRequest.knownKeys). */
  readonly knownKeys?: KnownKeys;
}

/**
 * Streams the parsed rows of a kind's files into `table` with one COPY. In the direct layout
 * the first batch with a problem cancels the COPY (complete: false); in the staged layout
 * every keyed row goes in and the problems are collected.
 */
export async function copyRows(client: PoolClient, source: RowSource, request: CopyRequest): Promise<CopiedRows> {
  const { files, layout } = request;
  const writer = CopyWriter.open(client, request.table, request.columns);
  const rows = files.map(() => 0);
  const problems: RankedProblem[] = [];
  try {
    for await (const batch of source({ files, settings: request.settings, layout, batchRows: COPY_BATCH_ROWS, knownKeys: request.knownKeys })) {
      if (layout === 'direct' && batch.problems.length > 0) {
        await writer.abort();
        return { rows, problems: batch.problems, complete: false };
      }
      await writer.write(copyCsvRows(batch.params, request.columns.length, batch.rows));
      for (const problem of batch.problems) problems.push(problem);
      rows[batch.fileIndex] = batch.fileRows;
      const file = files[batch.fileIndex]!.path;
      request.onProgress?.({ file, kind: request.kind, bytesRead: batch.bytesRead, totalBytes: batch.totalBytes, rows: batch.fileRows });
    }
  } catch (error) {
    await writer.abort();
    throw error;
  }
  await writer.end();
  return { rows, problems, complete: true };
}
