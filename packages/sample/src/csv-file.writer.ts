import { createWriteStream, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';

/** Lines are gathered into chunks of about this many characters before each write. */
const CHUNK_CHARS = 1 << 16;

/** One CSV field: quoted only when it holds a comma, a quote or a line break. */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(fields: readonly (string | number | null)[]): string {
  return fields.map(csvField).join(',');
}

/**
 * Streams a header and CSV lines to `path`, waiting for the stream to drain whenever it is full,
 * so memory stays bounded however many lines come. `onRows` hears how many rows each chunk held.
 * Resolves to the number of rows written. The lines go to a hidden file beside `path`, renamed
 * over it at the end: a full disk leaves no half-written export, and its error names `path`.
 */
export async function writeCsvFile(
  path: string,
  header: readonly string[],
  lines: Iterable<string>,
  onRows: (rows: number) => void,
): Promise<number> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    const rows = await streamCsvFile(temporary, header, lines, onRows);
    renameSync(temporary, path);
    return rows;
  } catch (error) {
    rmSync(temporary, { force: true });
    // A write's error (ENOSPC) carries no path at all; an open's names the temporary file.
    if (error instanceof Error && 'code' in error) Object.assign(error, { path });
    throw error;
  }
}

async function streamCsvFile(
  path: string,
  header: readonly string[],
  lines: Iterable<string>,
  onRows: (rows: number) => void,
): Promise<number> {
  const stream = createWriteStream(path);
  // Kept as a promise so an error between writes is never an unhandled 'error' event.
  const failed = new Promise<never>((_, reject) => stream.once('error', reject));
  failed.catch(() => undefined);
  let chunk = `${header.join(',')}\n`;
  let rows = 0;
  let reported = 0;
  for (const line of lines) {
    chunk += `${line}\n`;
    rows++;
    if (chunk.length < CHUNK_CHARS) continue;
    if (!stream.write(chunk)) await Promise.race([once(stream, 'drain'), failed]);
    chunk = '';
    onRows(rows - reported);
    reported = rows;
  }
  stream.end(chunk);
  await Promise.race([finished(stream), failed]);
  if (rows > reported) onRows(rows - reported);
  return rows;
}
