import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ImportFileError } from './import.errors.js';
import { type HcdmErrorCode } from '@hcdm/core';
import { type RecordKind } from './import.types.js';
import { type RowBatch, type RowSource } from './row-batch.types.js';
import type { LeadTable } from '@hcdm/attribution';
import type { FromWorker, ToWorker, WorkerError } from './parse-worker.protocol.js';
import { letWorkersSizeTheirYoungGeneration } from './young-generation.js';

/**
 * The worker's heap, kept small: it holds the batch being built, the attribution lookup over
 * the lead table, and the sets of known customer and listing keys; a small heap keeps the
 * import's memory bounded (V8 otherwise lets garbage grow far before collecting). At the largest
 * tables held in memory (a million leads, 250,000 customers: MAX_LEADS_IN_MEMORY and
 * knownKeysLimit's default) an import was measured to run within it.
 */
const WORKER_HEAP = { maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 16 };

/**
 * The main thread's side of the parsing worker: a RowSource per kind whose batches are parsed
 * in the worker while this thread writes the previous ones. One worker serves a whole import,
 * one kind at a time.
 */
export class ParseWorkerClient {
  private nextId = 0;
  private readonly inbox: FromWorker[] = [];
  private waiting: (() => void) | null = null;
  private failure: Error | null = null;
  private closed = false;

  private constructor(private readonly worker: Worker) {
    worker.on('message', (message: FromWorker) => this.receive(message));
    worker.on('error', (error) => this.fail(error));
    worker.on('exit', (code) => this.fail(new Error(`the parsing worker stopped (exit code ${code})`)));
  }

  /** Null where the compiled worker is not at hand (the sources run under a test runner). */
  static start(): ParseWorkerClient | null {
    const url = new URL('./parse.worker.js', import.meta.url);
    if (url.protocol !== 'file:' || !existsSync(fileURLToPath(url))) return null;
    letWorkersSizeTheirYoungGeneration();
    // Not the parent's flags: `node -e` or `--input-type` would stop the worker from loading its file.
    return new ParseWorkerClient(new Worker(url, { resourceLimits: WORKER_HEAP, execArgv: [] }));
  }

  /**
   * The lead table the worker attributes calls and SMS with, from now on. Unless this thread
   * `keeps` it, its offsets and times move to the worker rather than being copied (the table
   * is then unusable here).
   */
  setLeads(leads: LeadTable, keeps: boolean): void {
    const message: ToWorker = { type: 'leads', leads };
    this.worker.postMessage(message, keeps ? [] : [leads.ids.ends.buffer as ArrayBuffer, leads.times.buffer as ArrayBuffer]);
  }

  source(kind: RecordKind): RowSource {
    return (request) => this.read(kind, request);
  }

  /** Stops the worker, freeing its heap; a second call does nothing. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.worker.removeAllListeners('exit');
    await this.worker.terminate();
  }

  private async *read(kind: RecordKind, request: Parameters<RowSource>[0]): AsyncGenerator<RowBatch, void, void> {
    const id = (this.nextId += 1);
    this.post({ type: 'read', id, kind, request });
    let ended = false;
    try {
      for (;;) {
        const message = await this.next(id);
        if (message.type === 'end') break;
        if (message.type === 'error') throw rebuild(message.error);
        this.post({ type: 'credit', id });
        yield message.batch;
      }
      ended = true;
    } finally {
      if (!ended) this.post({ type: 'stop', id });
    }
  }

  /** The next message about request `id`; messages of requests given up on are dropped. */
  private async next(id: number): Promise<FromWorker> {
    for (;;) {
      if (this.failure) throw this.failure;
      const message = this.inbox.shift();
      if (message === undefined) await new Promise<void>((resolve) => (this.waiting = resolve));
      else if (message.id === id) return message;
    }
  }

  private receive(message: FromWorker): void {
    this.inbox.push(message);
    this.wake();
  }

  private fail(error: Error): void {
    this.failure ??= error;
    this.wake();
  }

  private wake(): void {
    const waiting = this.waiting;
    this.waiting = null;
    waiting?.();
  }

  private post(message: ToWorker): void {
    this.worker.postMessage(message);
  }
}

/** The worker's error as the error the main thread would have thrown itself. */
function rebuild(error: WorkerError): Error {
  if (error.name === 'ImportFileError' && error.code !== undefined && error.file !== undefined && error.reason !== undefined) {
    return new ImportFileError(error.code as HcdmErrorCode, error.file, error.line ?? null, error.field ?? null, error.reason);
  }
  return new Error(error.message);
}
