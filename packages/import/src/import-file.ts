import { basename, extname } from 'node:path';
import { RECORD_KINDS, type ImportFormat, type RecordKind } from './import.types.js';

const FORMATS: Readonly<Record<string, ImportFormat>> = {
  '.csv': 'csv',
  '.json': 'json',
  '.ndjson': 'ndjson',
  '.jsonl': 'ndjson',
};

/** The format a file name says: `.csv`, `.json` (an array), `.ndjson` or `.jsonl`; null for any other. */
export function formatOfPath(path: string): ImportFormat | null {
  return FORMATS[extname(path).toLowerCase()] ?? null;
}

/** The kind a file name says: its base name starts with it (`calls.csv`, `sms-2026-03.ndjson`). */
export function kindOfPath(path: string): RecordKind | null {
  const name = basename(path).toLowerCase();
  return RECORD_KINDS.find((kind) => name.startsWith(kind)) ?? null;
}
