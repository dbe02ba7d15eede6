import type { BarGlyphs } from './bars.format.js';
import { DEFAULT_WIDTH } from './table.format.js';

/** The terminal's width when writing to one, else the 80 columns a reader is assumed to have. */
export function outputWidth(stream: { isTTY?: boolean; columns?: number }): number {
  return stream.isTTY && stream.columns ? stream.columns : DEFAULT_WIDTH;
}

/** Block bars on a terminal; plain ASCII where the output is a file or a pipe. */
export function outputGlyphs(stream: { isTTY?: boolean }): BarGlyphs {
  return stream.isTTY ? 'blocks' : 'ascii';
}
