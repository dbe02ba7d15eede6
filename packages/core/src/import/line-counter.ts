const LF = 10;
const CR = 13;

/**
 * Counts physical lines over the raw text of consecutive CSV records, so each record knows the
 * line it starts on. A line break is CRLF, LF or a lone CR; breaks inside quoted values count,
 * since they are physical lines of the file.
 */
export class LineCounter {
  /** The line the next record starts on, were it not preceded by skipped empty lines. */
  next = 1;

  /** Takes the raw text of one record (with any empty lines skipped before it); returns its first line. */
  startOf(raw: string): number {
    let index = 0;
    let leading = 0;
    while (index < raw.length && (raw.charCodeAt(index) === LF || raw.charCodeAt(index) === CR)) {
      if (raw.charCodeAt(index) === LF || raw.charCodeAt(index + 1) !== LF) leading += 1;
      index += 1;
    }
    const start = this.next + leading;
    this.next += leading + countBreaks(raw, index);
    return start;
  }
}

export function countBreaks(text: string, from = 0, to = text.length): number {
  let breaks = 0;
  for (let index = from; index < to; index += 1) {
    const code = text.charCodeAt(index);
    if (code === LF || (code === CR && text.charCodeAt(index + 1) !== LF)) breaks += 1;
  }
  return breaks;
}
