/** One data row of an input file, before its fields are parsed. */
export interface RawRecord {
  /** CSV: the physical line the record starts on (header = 1); NDJSON: its line; JSON: the line of its `{`. */
  readonly line: number;
  /** The values of the fields the reader was asked for, in that order; undefined where the row has none. */
  readonly values: readonly unknown[];
  /** Set when the row as a whole is unusable (wrong number of CSV values, a JSON element that is not an object). */
  readonly problem?: { readonly field: string; readonly reason: string; readonly value: string };
}

/** Records read from one chunk of a file, with how far into the file the reader is. */
export interface RecordBatch {
  readonly records: readonly RawRecord[];
  readonly bytesRead: number;
}

/**
 * Files are read in chunks of this size. Small on purpose: every record of a chunk is alive
 * until its batch is written, and with 256 KB chunks those records (some 3,500 of them)
 * outlived the parsing thread's young generation. Promoted, they set off a run of full
 * collections there in most imports (about 70 in one of the benchmark's, 1 s of its time);
 * with 32 KB chunks there were 4.
 */
export const READ_CHUNK_BYTES = 32 * 1024;
