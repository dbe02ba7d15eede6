import type { ImportConnection } from './dialect/import-dialect.js';
import type { ImportProgress, ImportSpec } from './import.types.js';
import type { RankedProblem } from './ranked-problem.js';
import type { RowLayout, RowRequest, RowSource } from './row-batch.types.js';
import type { KindJob } from './kind-import.types.js';
import { writeRows } from './bulk-write.js';

export interface RowsRequest {
  readonly kind: ImportSpec['kind'];
  readonly table: string;
  readonly columns: readonly string[];
  /** What to read and how, as the row source takes it; the batch size is the writer's. */
  readonly read: Omit<RowRequest, 'batchRows'>;
  readonly onProgress?: (progress: ImportProgress) => void;
  /** Past this many problems the load stops (complete: false): the staged import lists them, in bounded memory. */
  readonly maxProblems?: number;
}

export interface LoadedRows {
  /** Data rows read from each file, in the order of the files. */
  readonly rows: number[];
  /** Rows written into the table. */
  readonly written: number;
  /** Problems found as rows were read, in file and line order. */
  readonly problems: RankedProblem[];
  /** In the direct layout, the keys of the rows left out for their problems. */
  readonly badKeys: string[];
  /** False when it stopped at maxProblems; what it wrote is then to be rolled back. */
  readonly complete: boolean;
  /** Provisional customers the rows made (their ids, E.164 numbers), inserted before this returns. */
  readonly newCustomers: string[];
  /** Good rows whose tracking number no window held. */
  readonly untagged: number;
}

/** What a kind's job reads its rows with, into `table` laid out as `layout`: the same for the direct load and the staged import. */
export function rowsRequestOf(job: KindJob, layout: RowLayout, table: string, columns: readonly string[]): RowsRequest {
  const { spec, files, options, knownKeys, phoneBook, trackingWindows, customerAliases } = job;
  const { settings, columnNames, unknownNumbers } = options;
  return {
    kind: spec.kind,
    table,
    columns,
    read: { files, settings, layout, knownKeys, columnNames, phoneBook, unknownNumbers, trackingWindows, customerAliases },
    onProgress: options.onProgress,
  };
}

/**
 * Streams the parsed rows of a kind's files into `table` through the connection's bulk
 * writer (multi-row INSERTs on SQLite, one COPY on PostgreSQL), reporting progress per batch.
 * The layout says which rows go in: every keyed row (staged) or the good ones (direct).
 */
export async function loadRows(connection: ImportConnection, source: RowSource, request: RowsRequest): Promise<LoadedRows> {
  const { files } = request.read;
  const writer = connection.openWriter(request.table, request.columns);
  const rows = files.map(() => 0);
  const problems: RankedProblem[] = [];
  const badKeys: string[] = [];
  const newCustomers: string[] = [];
  let written = 0;
  let untagged = 0;
  try {
    const batches = source({ ...request.read, batchRows: writer.batchRows });
    for await (const batch of batches) {
      if (problems.length + batch.problems.length > (request.maxProblems ?? Number.POSITIVE_INFINITY)) {
        await writer.abort();
        return { rows, written, problems, badKeys, complete: false, newCustomers, untagged };
      }
      for (const problem of batch.problems) problems.push(problem);
      for (const key of batch.badKeys) badKeys.push(key);
      for (const id of batch.newCustomers) newCustomers.push(id);
      untagged += batch.untagged;
      await writer.write(batch.params, batch.rows);
      written += batch.rows;
      rows[batch.fileIndex] = batch.fileRows;
      const file = files[batch.fileIndex]!.path;
      request.onProgress?.({ file, kind: request.kind, bytesRead: batch.bytesRead, totalBytes: batch.totalBytes, rows: batch.fileRows });
    }
  } catch (error) {
    await writer.abort();
    throw error;
  }
  await writer.end();
  await insertProvisionalCustomers(connection, newCustomers);
  return { rows, written, problems, badKeys, complete: true, newCustomers, untagged };
}

/**
 * The customers that records of unknown numbers made: id and phone the E.164 number, name
 * empty (a customers file bringing that number later takes their place). Written before any
 * check or merge reads the customers table.
 */
function insertProvisionalCustomers(connection: ImportConnection, ids: readonly string[]): Promise<void> {
  return writeRows(connection, 'customers', ['customer_id', 'name', 'phone'], ids.map((id) => [id, '', id]));
}
