import type { QueryResult } from '@hcdm/analytics';
import type { BarGlyphs } from './bars.format.js';
import { writeResultFile } from './result-file.js';
import { formatResult, type OutputFormat } from './result.format.js';

/** Where the results of `query`, `repl` and piped commands go (`--format`, `--out`). */
export interface ResultOutput {
  readonly format: OutputFormat;
  /** A file instead of stdout: the first result replaces it, the next ones of a session are added after it. */
  readonly outFile?: string;
}

export interface PrinterStreams {
  readonly out: NodeJS.WritableStream;
  /** Where the line saying which file a result went to is written. */
  readonly err: NodeJS.WritableStream;
  /** The terminal width the table format fits (not used for files). */
  readonly width: number;
  /** How bar charts are drawn on `out` (ASCII when not given; files always get ASCII). */
  readonly glyphs?: BarGlyphs;
}

export type ResultPrinter = (result: QueryResult) => void;

/**
 * Prints each result on `out`, or writes it to the file and says so on `err`. The file is
 * only touched once a result exists, so a failing command leaves an earlier file as it was.
 */
export function createResultPrinter(output: ResultOutput, streams: PrinterStreams): ResultPrinter {
  const { format, outFile } = output;
  if (outFile === undefined) return (result) => streams.out.write(formatResult(result, format, streams.width, streams.glyphs));
  let written = false;
  return (result) => {
    const note = writeResultFile(result, format, outFile, written ? 'append' : 'create');
    written = true;
    streams.err.write(`${note}\n`);
  };
}
