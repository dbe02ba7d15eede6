import { createReadStream } from 'node:fs';
import { Parser, type CsvError, type InfoRecord } from 'csv-parse';
import { ImportFileError } from './import.errors.js';
import { LineCounter } from './line-counter.js';
import { READ_CHUNK_BYTES, type RawRecord, type RecordBatch } from './record.types.js';

interface CsvRow {
  readonly line: number;
  readonly values: string[];
}

/**
 * Streams a CSV file with a header row (columns in any order, names case-insensitive, unknown
 * columns ignored), one batch of records per chunk read.
 */
export async function* readCsv(path: string, requiredFields: readonly string[]): AsyncGenerator<RecordBatch, void, void> {
  const csv = new CsvChunks(path, requiredFields);
  const input = createReadStream(path, { highWaterMark: READ_CHUNK_BYTES });
  try {
    for await (const chunk of input) yield { records: await csv.take(chunk as Buffer), bytesRead: input.bytesRead };
    const last = await csv.take(null);
    csv.finish();
    yield { records: last, bytesRead: input.bytesRead };
  } finally {
    input.destroy();
  }
}

/**
 * csv-parse hands each record to `on_record`, which collects it and drops it from the stream,
 * so every chunk written yields its records at once, without per-record awaits.
 */
class CsvChunks {
  private readonly lines = new LineCounter();
  private readonly parser: Parser;
  private rows: CsvRow[] = [];
  private header: string[] | null = null;

  constructor(
    private readonly path: string,
    private readonly required: readonly string[],
  ) {
    this.parser = new Parser({
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
      // Exports that were edited by hand can mix line endings.
      record_delimiter: ['\r\n', '\n', '\r'],
      raw: true,
      // With `raw`, each record comes as { record, raw } (csv-parse's types miss this); the raw
      // text holds any skipped empty lines before the record.
      on_record: (entry: unknown, info: InfoRecord) => {
        this.rows.push({ line: this.lines.startOf(info.raw ?? ''), values: (entry as { record: string[] }).record });
        return null;
      },
    });
    // Errors reach the write and end callbacks; without a listener they would also crash the process.
    this.parser.on('error', () => undefined);
  }

  /** Parses one chunk (null: the end of the file) and returns the records it completed. */
  async take(chunk: Buffer | null): Promise<RawRecord[]> {
    try {
      await feed(this.parser, chunk);
    } catch (error) {
      throw malformed(error as CsvError, this.path, this.lines.next, this.header ?? headerOf(this.rows));
    }
    const first = this.rows[0];
    if (this.header === null && first !== undefined) {
      this.header = headerOf(this.rows) ?? [];
      checkHeader(this.header, first.line, this.path, this.required);
      this.rows.shift();
    }
    const header = this.header ?? [];
    const records = this.rows.map((row) => toRecord(header, row));
    this.rows = [];
    return records;
  }

  /** An empty file has no header, so no columns at all. */
  finish(): void {
    if (this.header === null) checkHeader([], 1, this.path, this.required);
  }
}

/** Writes one chunk (null: the end) and waits for csv-parse to have parsed it. */
function feed(parser: Parser, chunk: Buffer | null): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = (error?: Error | null) => (error ? reject(error) : resolve());
    if (chunk === null) parser.end(done);
    else parser.write(chunk, done);
  });
}

function headerOf(rows: readonly CsvRow[]): string[] | null {
  return rows[0]?.values.map((name) => name.trim().toLowerCase()) ?? null;
}

function checkHeader(names: readonly string[], line: number, path: string, required: readonly string[]): void {
  const twice = names.find((name, index) => name !== '' && names.indexOf(name) !== index);
  if (twice !== undefined) throw new ImportFileError('INVALID_INPUT', path, line, twice, 'column appears twice in the header');
  const missing = required.find((field) => !names.includes(field));
  if (missing !== undefined) throw new ImportFileError('INVALID_INPUT', path, line, missing, 'column is missing from the header');
}

function toRecord(header: readonly string[], row: CsvRow): RawRecord {
  const fields = Object.create(null) as Record<string, string>;
  header.forEach((name, index) => {
    fields[name] = row.values[index] ?? '';
  });
  if (row.values.length === header.length) return { line: row.line, fields };
  const count = row.values.length === 1 ? '1 value' : `${row.values.length} values`;
  const reason = `has ${count} but the header has ${header.length}`;
  return { line: row.line, fields, problem: { field: 'row', reason, value: row.values.join(',') } };
}

const REASONS: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: 'a quoted value is never closed',
  CSV_INVALID_CLOSING_QUOTE: 'text follows the closing quote of a value',
  INVALID_OPENING_QUOTE: 'a quote appears inside an unquoted value',
};

/** csv-parse's errors, as `file:line: column: reason` at the line where the broken record starts. */
function malformed(error: CsvError, path: string, line: number, header: readonly string[] | null): ImportFileError {
  const reason = REASONS[error.code] ?? `is not valid CSV: ${error.message.split('\n')[0]}`;
  const column = typeof error.column === 'number' ? header?.[error.column] : undefined;
  const field = header === null || line === 1 ? 'header' : (column ?? 'row');
  return new ImportFileError('INVALID_INPUT', path, line, field, reason, { cause: error });
}
