import { readdirSync, statSync, type Stats } from 'node:fs';
import { join, resolve } from 'node:path';
import { formatOfPath, kindOfPath } from './import-file.js';
import { ImportFileError } from './import.errors.js';
import { RECORD_KINDS, type ImportFile, type RecordKind } from './import.types.js';

/**
 * The files an import reads, in load order: customers, listings, leads, calls, SMS, and within
 * a kind in the order given. A folder stands for every recognizable file directly inside it,
 * sorted by name; a file named twice is read once.
 */
export function resolveImportFiles(paths: readonly string[], kind?: RecordKind): ImportFile[] {
  const seen = new Set<string>();
  const files: ImportFile[] = [];
  for (const path of paths) {
    for (const file of expand(path, kind)) {
      const absolute = resolve(file.path);
      if (seen.has(absolute)) continue;
      seen.add(absolute);
      files.push(file);
    }
  }
  return RECORD_KINDS.flatMap((each) => files.filter((file) => file.kind === each));
}

function expand(path: string, kind: RecordKind | undefined): ImportFile[] {
  const stats = statOrNull(path);
  if (stats === null) throw new ImportFileError('FILE_NOT_FOUND', path, null, null, 'no such file or folder');
  if (!stats.isDirectory()) return [describe(path, kind)];
  const names = readdirSync(path).sort();
  const files = names
    .map((name) => join(path, name))
    .filter((file) => statOrNull(file)?.isFile() === true && formatOfPath(file) !== null && (kind ?? kindOfPath(file)) !== null)
    .map((file) => describe(file, kind));
  if (files.length === 0) {
    throw new ImportFileError('FILE_NOT_FOUND', path, null, null, `holds no ${RECORD_KINDS.join(', ')} files (.csv, .json, .ndjson, .jsonl)`);
  }
  return files;
}

function describe(path: string, kind: RecordKind | undefined): ImportFile {
  const format = formatOfPath(path);
  if (format === null) {
    const reason = 'is not in a format hcdm reads: CSV, JSON or NDJSON (.csv, .json, .ndjson, .jsonl)';
    throw new ImportFileError('UNKNOWN_FILE_FORMAT', path, null, null, reason);
  }
  const fileKind = kind ?? kindOfPath(path);
  if (fileKind === null) {
    const kinds = RECORD_KINDS.join(', ');
    throw new ImportFileError('UNKNOWN_FILE_KIND', path, null, null, `cannot tell its kind: the name must start with ${kinds}`);
  }
  return { path, kind: fileKind, format };
}

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}
