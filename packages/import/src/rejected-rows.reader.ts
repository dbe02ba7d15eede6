import { createReadStream } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { CsvScanner } from './csv.scanner.js';
import { IMPORT_SPECS } from './import.specs.js';
import type { ImportFile } from './import.types.js';
import { readRecords } from './record.reader.js';
import { READ_CHUNK_BYTES } from './record.types.js';

/** Some rows of a file as written: its columns, in the file's order, and the values of each asked line. */
export interface RawRows {
  readonly columns: readonly string[];
  readonly rows: ReadonlyMap<number, readonly string[]>;
}

/**
 * Reads the rows at `lines` of a file again, for the rejects file. A CSV file gives its own
 * header and values as written; a JSON record gives the values of its kind's fields (as text,
 * other values as JSON), since its keys may differ from record to record.
 */
export async function readRawRows(file: ImportFile, lines: ReadonlySet<number>): Promise<RawRows> {
  if (file.format === 'csv') return readCsvRows(file.path, lines);
  const columns = IMPORT_SPECS[file.kind].columns.map((column) => column.field);
  const rows = new Map<number, string[]>();
  for await (const batch of readRecords(file.path, file.format, columns, [])) {
    for (const record of batch.records) if (lines.has(record.line)) rows.set(record.line, record.values.map(asText));
  }
  return { columns, rows };
}

async function readCsvRows(path: string, lines: ReadonlySet<number>): Promise<RawRows> {
  const scanner = new CsvScanner();
  const decoder = new StringDecoder('utf8');
  let columns: string[] | null = null;
  const rows = new Map<number, string[]>();
  const take = (text: string, final: boolean) => {
    for (const row of scanner.scan(text, final).rows) {
      if (columns === null) columns = row.values;
      else if (lines.has(row.line)) rows.set(row.line, row.values);
    }
  };
  const input = createReadStream(path, { highWaterMark: READ_CHUNK_BYTES });
  try {
    for await (const chunk of input) take(decoder.write(chunk as Buffer), false);
    take(decoder.end(), true);
  } finally {
    input.destroy();
  }
  return { columns: columns ?? [], rows };
}

function asText(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}
