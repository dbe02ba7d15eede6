import type { RecordKind } from './import.types.js';
import type { RowBatch, RowRequest } from './row-batch.types.js';
import type { LeadTable } from '@hcdm/attribution';

/** How many batches the worker may send ahead of the main thread: bounds the memory in flight. */
export const BATCHES_IN_FLIGHT = 8;

/** Main thread to worker. */
export type ToWorker =
  /** Parse the files of one kind into batches; calls and SMS are attributed with the lead table. */
  | { readonly type: 'read'; readonly id: number; readonly kind: RecordKind; readonly request: RowRequest }
  /** The lead table for attributing the calls and SMS read from now on. */
  | { readonly type: 'leads'; readonly leads: LeadTable }
  /** The main thread has written one batch: one more may come. */
  | { readonly type: 'credit'; readonly id: number }
  /** Stop reading request `id` (the main thread no longer wants its rows). */
  | { readonly type: 'stop'; readonly id: number };

export type ReadMessage = Extract<ToWorker, { type: 'read' }>;

/** An error crossing the thread boundary: enough to rebuild an ImportFileError. */
export interface WorkerError {
  readonly name: string;
  readonly message: string;
  readonly code?: string;
  readonly file?: string;
  readonly line?: number | null;
  readonly field?: string | null;
  readonly reason?: string;
}

/** Worker to main thread. */
export type FromWorker =
  | { readonly type: 'batch'; readonly id: number; readonly batch: RowBatch }
  | { readonly type: 'end'; readonly id: number }
  | { readonly type: 'error'; readonly id: number; readonly error: WorkerError };
