import { createReadStream } from 'node:fs';
import { CsvScanner, type CsvRow, type CsvSyntax, type CsvSyntaxError } from './csv.scanner.js';
import { ImportFileError, MISSING_COLUMN } from './import.errors.js';
import { READ_CHUNK_BYTES, type RawRecord, type RecordBatch } from './record.types.js';
import { Utf8Decoder, invalidUtf8Problem } from './utf8.decoder.js';

/**
 * Streams a CSV file with a header row (columns in any order, names case-insensitive, unknown
 * columns ignored), one batch of records per chunk read. Each record's values come in the order
 * of `fields` (undefined for a field the header lacks); `required` fields must be in the header.
 */
export async function* readCsv(path: string, fields: readonly string[], required: readonly string[]): AsyncGenerator<RecordBatch, void, void> {
  const csv = new CsvRecords(path, fields, required);
  const decoder = new Utf8Decoder();
  const input = createReadStream(path, { highWaterMark: READ_CHUNK_BYTES });
  try {
    for await (const chunk of input) {
      const text = decoder.write(chunk as Buffer);
      yield { records: csv.take(text, false, decoder.invalid), bytesRead: input.bytesRead };
    }
    const last = csv.take(decoder.end(), true, decoder.invalid);
    csv.finish();
    yield { records: last, bytesRead: input.bytesRead };
  } finally {
    input.destroy();
  }
}

/** The header, then data rows as records in the order of the wanted fields. */
class CsvRecords {
  private readonly scanner = new CsvScanner();
  private header: string[] | null = null;
  /** Where each wanted field is in a row; -1 when the header lacks it. */
  private positions: number[] = [];
  /** True when rows already hold exactly the wanted fields in order, so they are used as they are. */
  private identity = false;

  constructor(
    private readonly path: string,
    private readonly fields: readonly string[],
    private readonly required: readonly string[],
  ) {}

  /** `invalidUtf8`: the file has bytes that are not UTF-8, so a replacement character in a value marks them. */
  take(text: string, final: boolean, invalidUtf8: boolean): RawRecord[] {
    const { rows, error } = this.scanner.scan(text, final);
    let from = 0;
    const first = rows[0];
    if (this.header === null && first !== undefined) {
      this.useHeader(first);
      from = 1;
    }
    // The header comes first, so an error in a later row of the same chunk can name its column.
    if (error !== null) throw this.malformed(error);
    const records: RawRecord[] = [];
    for (let index = from; index < rows.length; index += 1) records.push(this.toRecord(rows[index]!, invalidUtf8));
    return records;
  }

  /** A file without a header row (0 bytes, or blank lines only) is empty. */
  finish(): void {
    if (this.header === null) throw new ImportFileError('INVALID_INPUT', this.path, null, null, 'is empty: a CSV file starts with a header row');
  }

  private useHeader(row: CsvRow): void {
    const header = row.values.map((name) => name.trim().toLowerCase());
    checkHeader(header, row.line, this.path, this.required);
    this.header = header;
    this.positions = this.fields.map((field) => header.indexOf(field));
    this.identity = header.length === this.fields.length && this.positions.every((position, index) => position === index);
  }

  private toRecord(row: CsvRow, invalidUtf8: boolean): RawRecord {
    const width = this.positions.length;
    const values = row.values;
    const header = this.header ?? [];
    const problem = invalidUtf8 ? invalidUtf8Problem(values, (index) => header[index] ?? 'row') : null;
    if (problem !== null) return { line: row.line, values: [], problem };
    if (values.length === header.length) {
      if (this.identity) return { line: row.line, values };
      const picked = new Array<string | undefined>(width);
      for (let index = 0; index < width; index += 1) {
        const position = this.positions[index]!;
        picked[index] = position === -1 ? undefined : values[position];
      }
      return { line: row.line, values: picked };
    }
    const picked = this.positions.map((position) => (position === -1 ? undefined : (values[position] ?? '')));
    const count = values.length === 1 ? '1 value' : `${values.length} values`;
    const reason = `has ${count} but the header has ${header.length}`;
    return { line: row.line, values: picked, problem: { field: 'row', reason, value: values.join(',') } };
  }

  /** A syntax error as `file:line: column: reason`, at the line where the broken record starts. */
  private malformed(error: CsvSyntaxError): ImportFileError {
    const field = this.header === null || error.line === 1 ? 'header' : (this.header[error.column] ?? 'row');
    return new ImportFileError('INVALID_INPUT', this.path, error.line, field, REASONS[error.syntax], { cause: error });
  }
}

function checkHeader(names: readonly string[], line: number, path: string, required: readonly string[]): void {
  const twice = names.find((name, index) => name !== '' && names.indexOf(name) !== index);
  if (twice !== undefined) throw new ImportFileError('INVALID_INPUT', path, line, twice, 'column appears twice in the header');
  const missing = required.find((field) => !names.includes(field));
  if (missing === undefined) return;
  const separator = OTHER_SEPARATORS.find(([char]) => names.some((name) => name.split(char).some((part) => part.trim() === missing)));
  if (separator !== undefined) {
    throw new ImportFileError('INVALID_INPUT', path, line, 'header', `looks ${separator[1]}-separated; hcdm reads comma-separated CSV`);
  }
  throw new ImportFileError('INVALID_INPUT', path, line, missing, MISSING_COLUMN);
}

/** Separators spreadsheets export instead of commas (European locales, "text" exports). */
const OTHER_SEPARATORS: readonly (readonly [string, string])[] = [
  [';', ';'],
  ['\t', 'tab'],
];

const REASONS: Record<CsvSyntax, string> = {
  'quote-not-closed': 'a quoted value is never closed',
  'text-after-closing-quote': 'text follows the closing quote of a value',
  'quote-in-unquoted-value': 'a quote appears inside an unquoted value',
};
