import type { RawRecord, RecordBatch } from './record.types.js';

/** Every record a reader yields, flattened out of its batches. */
export async function readAll(batches: AsyncGenerator<RecordBatch, void, void>): Promise<RawRecord[]> {
  const records: RawRecord[] = [];
  for await (const batch of batches) records.push(...batch.records);
  return records;
}

/** The message of the error `run` throws or rejects with. */
export async function messageOf(run: () => unknown): Promise<string> {
  try {
    await run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected an error');
}
