import { readCsv } from './csv.reader.js';
import type { ImportFormat } from './import.types.js';
import { readJsonArray } from './json.reader.js';
import { readNdjson } from './ndjson.reader.js';
import type { RecordBatch } from './record.types.js';

/**
 * Streams the records of one file in its format, each holding the values of `fields` in order.
 * `requiredFields` are the columns a CSV header must have; JSON records name their fields
 * themselves, so a missing one is a bad row instead.
 */
export function readRecords(
  path: string,
  format: ImportFormat,
  fields: readonly string[],
  requiredFields: readonly string[],
): AsyncGenerator<RecordBatch, void, void> {
  switch (format) {
    case 'csv':
      return readCsv(path, fields, requiredFields);
    case 'json':
      return readJsonArray(path, fields);
    case 'ndjson':
      return readNdjson(path, fields);
  }
}
