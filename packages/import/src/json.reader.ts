import { createReadStream } from 'node:fs';
import { TokenParser, TokenType, Tokenizer, type ParsedTokenInfo } from '@streamparser/json';
import { ByteLines } from './byte-lines.js';
import { ImportFileError } from './import.errors.js';
import { jsonRecord } from './json-record.js';
import { READ_CHUNK_BYTES, type RawRecord, type RecordBatch } from './record.types.js';

const OPENERS = new Set([TokenType.LEFT_BRACE, TokenType.LEFT_BRACKET]);
const CLOSERS = new Set([TokenType.RIGHT_BRACE, TokenType.RIGHT_BRACKET]);
const SEPARATORS = new Set([TokenType.COMMA, TokenType.COLON, ...CLOSERS]);

/**
 * Streams a JSON file holding one array of objects. @streamparser/json tokenizes the bytes as
 * they come; each element's line is that of its first token (its `{`), found from the token's
 * byte offset. Records hold the values of `fields`, in order.
 */
export async function* readJsonArray(path: string, fields: readonly string[]): AsyncGenerator<RecordBatch, void, void> {
  const lines = new ByteLines();
  const tokenizer = new Tokenizer();
  const parser = new TokenParser({ paths: ['$.*'], keepStack: false });
  let records: RawRecord[] = [];
  let depth = 0;
  let elementLine = 1;
  let last: ParsedTokenInfo | null = null;
  tokenizer.onToken = (token) => {
    if (last === null && token.token !== TokenType.LEFT_BRACKET) {
      throw new ImportFileError('INVALID_INPUT', path, lines.lineAt(token.offset), 'json', 'is not an array of records');
    }
    last = token;
    if (depth === 1 && !SEPARATORS.has(token.token)) elementLine = lines.lineAt(token.offset);
    if (OPENERS.has(token.token)) depth += 1;
    if (CLOSERS.has(token.token)) depth -= 1;
    parser.write(token);
  };
  // The tokenizer decodes strings strictly itself: bytes that are not UTF-8 stop the file (see invalid).
  parser.onValue = ({ value }) => {
    records.push(jsonRecord(value, elementLine, fields, false));
  };
  const input = createReadStream(path, { highWaterMark: READ_CHUNK_BYTES });
  const run = (step: () => void) => {
    try {
      step();
    } catch (error) {
      throw invalid(error, path, lines, last);
    }
  };
  try {
    for await (const chunk of input) {
      lines.push(chunk as Buffer);
      run(() => tokenizer.write(chunk as Buffer));
      yield { records, bytesRead: input.bytesRead };
      records = [];
    }
    run(() => tokenizer.end());
    if (!parser.isEnded) throw truncated(path, lines, last);
  } finally {
    input.destroy();
  }
}

const POSITION = /absolute position "(\d+)"/;

function invalid(error: unknown, path: string, lines: ByteLines, last: ParsedTokenInfo | null): Error {
  if (error instanceof ImportFileError) return error;
  if (isEncodingError(error)) {
    return new ImportFileError('INVALID_INPUT', path, last === null ? 1 : lines.lineAt(last.offset), 'json', 'is not valid UTF-8', { cause: error });
  }
  const message = error instanceof Error ? error.message : String(error);
  if (/ended in the middle/.test(message)) return truncated(path, lines, last);
  const position = POSITION.exec(message)?.[1];
  const offset = position === undefined ? (last?.offset ?? 0) : Number(position);
  const char = /Unexpected "(.*?)" at/s.exec(message)?.[1];
  const found = position === undefined ? describeToken(last) : JSON.stringify(char ?? '');
  const reason = `is not valid JSON: unexpected ${found}`;
  return new ImportFileError('INVALID_INPUT', path, lines.lineAt(offset), 'json', reason, { cause: error });
}

function isEncodingError(error: unknown): boolean {
  return error instanceof TypeError && 'code' in error && error.code === 'ERR_ENCODING_INVALID_ENCODED_DATA';
}

function truncated(path: string, lines: ByteLines, last: ParsedTokenInfo | null): ImportFileError {
  if (last === null) return new ImportFileError('INVALID_INPUT', path, null, null, 'is empty: a JSON file holds an array of records');
  return new ImportFileError('INVALID_INPUT', path, lines.lineAt(last.offset), 'json', 'the file ends before the JSON is complete');
}

/** A token as the file shows it: `"}"`, `"a string"`, `12`. */
function describeToken(token: ParsedTokenInfo | null): string {
  if (token === null) return 'text';
  return token.token === TokenType.NUMBER ? String(token.value) : JSON.stringify(token.value);
}
