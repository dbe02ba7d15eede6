import { createReadStream } from 'node:fs';
import { ImportFileError } from './import.errors.js';
import { jsonRecord } from './json-record.js';
import { READ_CHUNK_BYTES, type RawRecord, type RecordBatch } from './record.types.js';
import { Utf8Decoder } from './utf8.decoder.js';

/** Streams newline-delimited JSON: one object per line, blank lines skipped; records hold the values of `fields`. */
export async function* readNdjson(path: string, fields: readonly string[]): AsyncGenerator<RecordBatch, void, void> {
  const decoder = new Utf8Decoder();
  const input = createReadStream(path, { highWaterMark: READ_CHUNK_BYTES });
  let pending = '';
  let line = 0;
  const take = (text: string, final: boolean): RawRecord[] => {
    const parts = (pending + text).split('\n');
    pending = final ? '' : (parts.pop() ?? '');
    const records: RawRecord[] = [];
    for (const part of parts) {
      line += 1;
      const source = line === 1 ? part.replace(/^\uFEFF/, '') : part;
      if (source.trim() !== '') records.push(jsonRecord(parseLine(source, path, line), line, fields, decoder.invalid));
    }
    return records;
  };
  try {
    for await (const chunk of input) yield { records: take(decoder.write(chunk as Buffer), false), bytesRead: input.bytesRead };
    yield { records: take(decoder.end(), true), bytesRead: input.bytesRead };
  } finally {
    input.destroy();
  }
}

function parseLine(text: string, path: string, line: number): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new ImportFileError('INVALID_INPUT', path, line, 'json', 'is not valid JSON', { cause: error });
  }
}
