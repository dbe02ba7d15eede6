const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

/** One CSV record and the physical line it starts on. */
export interface CsvRow {
  readonly line: number;
  readonly values: string[];
}

export type CsvSyntax = 'quote-not-closed' | 'text-after-closing-quote' | 'quote-in-unquoted-value';

/** Text that is not CSV: where the broken record starts and the index of the value at fault. */
export class CsvSyntaxError extends Error {
  override readonly name = 'CsvSyntaxError';

  constructor(
    readonly syntax: CsvSyntax,
    readonly line: number,
    readonly column: number,
  ) {
    super(`${syntax} at line ${line}, value ${column}`);
  }
}

/** A record the slow path read, and where the text after it starts. */
interface Scanned {
  readonly values: string[];
  readonly next: number;
  /** Line breaks inside quoted values. */
  readonly breaks: number;
}

/**
 * Splits CSV text, fed in pieces, into records (RFC 4180 quoting; line breaks CRLF, LF or a
 * lone CR, mixed; empty lines skipped; a leading BOM dropped). Most lines hold no quote and no
 * lone CR: those are cut with indexOf and split, which is many times faster than a per-character
 * parser; the others take the per-character path. A record cut by the end of a piece waits for
 * the next one.
 */
export class CsvScanner {
  private pending = '';
  /** Pieces after `pending` without a line break: a record longer than a piece waits in them unscanned. */
  private waiting: string[] = [];
  private line = 1;
  private started = false;

  /**
   * Returns the records completed by `text` (with `final`, the end of the input: every record)
   * and, when the text is not CSV, the error, after the records before it.
   */
  scan(text: string, final: boolean): { rows: CsvRow[]; error: CsvSyntaxError | null } {
    // No record ends without a line break: scanning a long one (a 10 MB value) again for every piece would take quadratic time.
    if (!final && this.pending !== '' && text.indexOf('\n') === -1 && text.indexOf('\r') === -1) {
      this.waiting.push(text);
      return { rows: [], error: null };
    }
    let input = this.waiting.length === 0 ? this.pending + text : this.pending + this.waiting.join('') + text;
    this.waiting = [];
    if (!this.started && input.length > 0) {
      this.started = true;
      if (input.charCodeAt(0) === 0xfeff) input = input.slice(1);
    }
    const rows: CsvRow[] = [];
    const end = input.length;
    let pos = 0;
    let quote = input.indexOf('"');
    let cr = input.indexOf('\r');
    while (pos < end) {
      const code = input.charCodeAt(pos);
      if (code === LF || code === CR) {
        if (code === CR && pos + 1 === end && !final) break; // maybe the CR of a CRLF
        pos += code === CR && input.charCodeAt(pos + 1) === LF ? 2 : 1;
        this.line += 1;
        continue;
      }
      if (quote !== -1 && quote < pos) quote = input.indexOf('"', pos);
      if (cr !== -1 && cr < pos) cr = input.indexOf('\r', pos);
      const lf = input.indexOf('\n', pos);
      const stop = lf === -1 ? end : lf;
      const plain = (lf !== -1 || final) && (quote === -1 || quote > stop) && (cr === -1 || cr >= stop - 1);
      if (plain) {
        const last = cr === stop - 1 ? stop - 1 : stop;
        rows.push({ line: this.line, values: input.slice(pos, last).split(',') });
        this.line += 1;
        pos = stop + 1;
        continue;
      }
      let scanned: Scanned | null;
      try {
        scanned = scanRecord(input, pos, final, this.line);
      } catch (error) {
        if (error instanceof CsvSyntaxError) return { rows, error };
        throw error;
      }
      if (scanned === null) break;
      rows.push({ line: this.line, values: scanned.values });
      this.line += 1 + scanned.breaks;
      pos = scanned.next;
    }
    this.pending = pos < end ? input.slice(pos) : '';
    return { rows, error: null };
  }
}

/**
 * Reads one record from `start` character by character. Null when the text ends inside it
 * and more may come; at the final end an open quote is an error.
 */
function scanRecord(input: string, start: number, final: boolean, line: number): Scanned | null {
  const end = input.length;
  const values: string[] = [];
  let breaks = 0;
  let pos = start;
  for (;;) {
    let value: string;
    if (input.charCodeAt(pos) === QUOTE) {
      const quoted = scanQuoted(input, pos + 1, final, line, values.length);
      if (quoted === null) return null;
      value = quoted.value;
      breaks += countBreaks(value);
      pos = quoted.next;
    } else {
      let cursor = pos;
      while (cursor < end) {
        const code = input.charCodeAt(cursor);
        if (code === COMMA || code === LF || code === CR) break;
        if (code === QUOTE) throw new CsvSyntaxError('quote-in-unquoted-value', line, values.length);
        cursor += 1;
      }
      value = input.slice(pos, cursor);
      pos = cursor;
    }
    values.push(value);
    if (pos === end) return final ? { values, next: pos, breaks } : null;
    const code = input.charCodeAt(pos);
    if (code === COMMA) {
      pos += 1;
      continue;
    }
    if (code === LF) return { values, next: pos + 1, breaks };
    if (code === CR) {
      if (pos + 1 === end && !final) return null;
      return { values, next: input.charCodeAt(pos + 1) === LF ? pos + 2 : pos + 1, breaks };
    }
    throw new CsvSyntaxError('text-after-closing-quote', line, values.length - 1);
  }
}

/** A quoted value from just after its opening quote; `""` inside stands for one quote. */
function scanQuoted(input: string, from: number, final: boolean, line: number, column: number): { value: string; next: number } | null {
  let value = '';
  let pos = from;
  for (;;) {
    const close = input.indexOf('"', pos);
    if (close === -1) {
      if (final) throw new CsvSyntaxError('quote-not-closed', line, column);
      return null;
    }
    value += input.slice(pos, close);
    if (close + 1 === input.length && !final) return null;
    if (input.charCodeAt(close + 1) !== QUOTE) return { value, next: close + 1 };
    value += '"';
    pos = close + 2;
  }
}

/** Physical line breaks in a text: CRLF, LF or a lone CR each count once. */
function countBreaks(text: string): number {
  let breaks = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === LF || (code === CR && text.charCodeAt(index + 1) !== LF)) breaks += 1;
  }
  return breaks;
}
