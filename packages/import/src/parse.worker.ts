import { parentPort } from 'node:worker_threads';
import { readRowBatches } from './row-batches.js';
import { AttributionLookup } from '@hcdm/attribution';
import { attributionColumns } from './attribution.columns.js';
import { IMPORT_SPECS } from './import.specs.js';
import { BATCHES_IN_FLIGHT, type FromWorker, type ReadMessage, type ToWorker, type WorkerError } from './parse-worker.protocol.js';

/**
 * The parsing worker: reads, parses and attributes the rows of one kind at a time and sends
 * them to the main thread in batches ready for their INSERT, at most BATCHES_IN_FLIGHT ahead,
 * while the main thread writes. Loads no TypeORM and opens no database.
 */
const port = parentPort;
if (port === null) throw new Error('parse.worker must run in a worker thread');

/** Built once from the lead table the main thread sends, whose arrays it holds. */
let attribution: AttributionLookup | null = null;
let credits = 0;
let current = -1;
let wake: (() => void) | null = null;

port.on('message', (message: ToWorker) => {
  if (message.type === 'leads') attribution = new AttributionLookup(message.leads);
  else if (message.type === 'read') void read(message);
  else if (message.id === current) {
    if (message.type === 'stop') current = -1;
    else credits += 1;
    wake?.();
  }
});

async function read({ id, kind, request }: ReadMessage): Promise<void> {
  current = id;
  credits = BATCHES_IN_FLIGHT;
  const spec = IMPORT_SPECS[kind];
  const activity = kind === 'calls' || kind === 'sms';
  const derived = activity && attribution !== null ? attributionColumns(attribution, spec.columns) : undefined;
  try {
    for await (const batch of readRowBatches(spec, request, derived)) {
      while (credits === 0 && current === id) await new Promise<void>((resolve) => (wake = resolve));
      if (current !== id) break;
      credits -= 1;
      send({ type: 'batch', id, batch });
    }
    send({ type: 'end', id });
  } catch (error) {
    send({ type: 'error', id, error: describe(error) });
  }
}

function send(message: FromWorker): void {
  port?.postMessage(message);
}

function describe(error: unknown): WorkerError {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  const { code, file, line, field, reason } = error as Error & Partial<WorkerError>;
  return { name: error.name, message: error.message, code, file, line, field, reason };
}
