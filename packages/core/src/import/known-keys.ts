import type { ReferenceSpec } from './import.types.js';
import type { KnownKeys } from './row-batch.types.js';
import type { SqliteDatabase } from './sqlite.connection.js';

/**
 * Past this many rows a referenced table's keys are not copied for checks as rows are read;
 * such references are checked in SQL after the load. A key costs about 130 bytes in all (the
 * array read here, its copy in the parsing worker, the worker's set), so this bounds the
 * checks to some 30 MB: a customer table of 100,000 (the benchmark's) takes 13 MB.
 */
export const MAX_KNOWN_KEYS = 250_000;

/** How a loader reads a referenced table: its row count, and every key. */
export interface KeyReader {
  count(table: string): Promise<number> | number;
  keys(table: string, key: string): Promise<string[]> | string[];
}

/**
 * The keys of each of `references` whose table is small enough to hold (customers, listings),
 * by referencing column: checked as rows are read (a set lookup on the reading thread) instead
 * of by a probe per row in SQL after the load.
 */
export async function readKnownKeys(references: readonly ReferenceSpec[], reader: KeyReader, limit = MAX_KNOWN_KEYS): Promise<KnownKeys> {
  const known: Record<string, string[]> = {};
  for (const reference of references) {
    if ((await reader.count(reference.table)) > limit) continue;
    known[reference.column] = await reader.keys(reference.table, reference.key);
  }
  return known;
}

/** The references left to check in SQL after a load: those whose keys were not known while reading. */
export function uncheckedReferences(references: readonly ReferenceSpec[], knownKeys: KnownKeys): ReferenceSpec[] {
  return references.filter((reference) => knownKeys[reference.column] === undefined);
}

/** readKnownKeys on SQLite, through the import's own connection. */
export function readKnownKeysOnSqlite(db: SqliteDatabase, references: readonly ReferenceSpec[], limit?: number): Promise<KnownKeys> {
  const reader: KeyReader = {
    count: (table) => db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number,
    keys: (table, key) => db.prepare(`SELECT ${key} FROM ${table}`).pluck().all() as string[],
  };
  return readKnownKeys(references, reader, limit);
}
