import { closeSync, openSync, renameSync, rmSync, statSync, truncateSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Writes `text` to a temporary file beside `path` and renames it over `path`, so a full disk or
 * a crash leaves the old file or none, never half of the new one. A failure names `path` (its
 * `path` property), not the temporary file the user never asked for.
 */
export function writeFileAtomically(path: string, text: string): void {
  const temporary = temporaryPathFor(path);
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw namingPath(error, path);
  }
}

/** Appends `text` to `path`, or on a failure (a full disk) cuts the file back to what it held. */
export function appendFileWhole(path: string, text: string): void {
  const before = sizeOf(path);
  const fd = openSync(path, 'a');
  try {
    // writeSync may write less than asked (a file size limit, a nearly full disk): go on until all is written or it throws.
    const bytes = Buffer.from(text);
    for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written);
  } catch (error) {
    if (before === null) rmSync(path, { force: true });
    else truncateSync(path, before);
    throw namingPath(error, path);
  } finally {
    closeSync(fd);
  }
}

/** `dir/out.csv` -> `dir/.out.csv.1234.tmp`: hidden, beside the target (so the rename stays on one disk). */
function temporaryPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
}

function sizeOf(path: string): number | null {
  try {
    return statSync(path).size;
  } catch {
    return null;
  }
}

function namingPath(error: unknown, path: string): unknown {
  // A write's error (ENOSPC) carries no path at all; an open's names the temporary file.
  if (error instanceof Error && 'code' in error) Object.assign(error, { path });
  return error;
}
