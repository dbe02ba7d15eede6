import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

export type Row = Record<string, string>;

export interface ParsedFile {
  header: string[];
  rows: Row[];
}

/** Reads one written CSV with a real CSV parser: its header and its rows keyed by header. */
export function readCsv(dir: string, kind: string): ParsedFile {
  const records = parse(readFileSync(join(dir, `${kind}.csv`), 'utf8')) as string[][];
  const [header = [], ...data] = records;
  const rows = data.map((fields) => Object.fromEntries(header.map((name, i) => [name, fields[i] ?? ''])));
  return { header, rows };
}

export function readAll(dir: string): Record<'customers' | 'listings' | 'leads' | 'calls' | 'sms', ParsedFile> {
  return {
    customers: readCsv(dir, 'customers'),
    listings: readCsv(dir, 'listings'),
    leads: readCsv(dir, 'leads'),
    calls: readCsv(dir, 'calls'),
    sms: readCsv(dir, 'sms'),
  };
}

/** The instant of a written timestamp; one without an offset is UTC, as hcdm reads it by default. */
export function instantOf(timestamp: string): number {
  return Date.parse(/(Z|[+-]\d\d:\d\d)$/.test(timestamp) ? timestamp : `${timestamp}Z`);
}

export function countBy(rows: readonly Row[], key: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row[key]!, (counts.get(row[key]!) ?? 0) + 1);
  return counts;
}
