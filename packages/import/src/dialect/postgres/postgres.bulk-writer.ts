import { once } from 'node:events';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { SqlValue } from '../../import.types.js';
import type { BulkWriter } from '../import-dialect.js';
import { copyCsvRows } from './copy-csv.format.js';

/** Buffered by the stream before a write waits: large enough that the socket stays busy. */
const HIGH_WATER_MARK = 1 << 20;

/** Rows per batch handed to COPY: a few hundred kilobytes of CSV per write. */
const COPY_BATCH_ROWS = 2000;

/**
 * One `COPY table (columns) FROM STDIN (FORMAT csv)` on the import's connection, so the rows
 * land inside the import's transaction. Writes wait while the socket is full; a failure the
 * server reports (a constraint, say) is thrown by the next write or by {@link end}.
 */
export class PostgresBulkWriter implements BulkWriter {
  readonly batchRows = COPY_BATCH_ROWS;
  private failure: Error | null = null;

  private constructor(
    private readonly stream: ReturnType<typeof copyFrom>,
    private readonly width: number,
  ) {
    stream.on('error', (error: Error) => {
      this.failure = error;
    });
  }

  /** `table` and `columns` are names from the import specs, checked by checkSqlNames. */
  static open(client: PoolClient, table: string, columns: readonly string[]): PostgresBulkWriter {
    const sql = `COPY ${table} (${columns.join(', ')}) FROM STDIN WITH (FORMAT csv)`;
    return new PostgresBulkWriter(client.query(copyFrom(sql, { highWaterMark: HIGH_WATER_MARK })), columns.length);
  }

  async write(params: readonly SqlValue[], rows: number): Promise<void> {
    this.throwIfFailed();
    const text = copyCsvRows(params, this.width, rows);
    if (text.length === 0 || this.stream.write(text)) return;
    await new Promise<void>((resolve) => {
      const done = () => {
        this.stream.off('drain', done).off('error', done);
        resolve();
      };
      this.stream.on('drain', done).on('error', done);
    });
    this.throwIfFailed();
  }

  /** Ends the COPY and waits until the server has taken every row. */
  async end(): Promise<void> {
    this.throwIfFailed();
    await new Promise<void>((resolve, reject) => {
      this.stream.once('error', reject);
      this.stream.end(() => resolve());
    });
    this.throwIfFailed();
  }

  /** Cancels the COPY (the server discards its rows); the transaction must then roll back to a savepoint. */
  async abort(): Promise<void> {
    if (this.failure !== null || this.stream.destroyed) return;
    const closed = once(this.stream, 'close').catch(() => undefined);
    this.stream.destroy(new Error('hcdm: COPY cancelled'));
    await closed;
  }

  private throwIfFailed(): void {
    if (this.failure !== null) throw this.failure;
  }
}
