import type { ReferenceSpec } from './import.types.js';
import type { KnownKeys } from './row-batch.types.js';
import type { PackedStrings } from '@hcdm/core';

/**
 * Past this many rows a referenced table's keys are not copied for checks as rows are read;
 * such references are checked in SQL after the load. A key costs its text twice, packed (read
 * here, copied to the parsing worker), and an entry of the worker's set: this bounds the checks
 * to some tens of MB.
 */
const MAX_KNOWN_KEYS = 250_000;

/** How a loader reads a referenced table: its row count, and every key. */
export interface KeyReader {
  count(table: string): Promise<number> | number;
  keys(table: string, key: string, count: number): Promise<PackedStrings> | PackedStrings;
}

/**
 * The keys of each of `references` whose table is small enough to hold (customers, listings),
 * by referencing column: checked as rows are read (a set lookup on the reading thread) instead
 * of by a probe per row in SQL after the load.
 */
export async function readKnownKeys(references: readonly ReferenceSpec[], reader: KeyReader, limit = MAX_KNOWN_KEYS): Promise<KnownKeys> {
  const known: Record<string, PackedStrings> = {};
  for (const reference of references) {
    const count = await reader.count(reference.table);
    if (count > limit) continue;
    known[reference.column] = await reader.keys(reference.table, reference.key, count);
  }
  return known;
}

/** The references left to check in SQL after a load: those whose keys were not known while reading. */
export function uncheckedReferences(references: readonly ReferenceSpec[], knownKeys: KnownKeys): ReferenceSpec[] {
  return references.filter((reference) => knownKeys[reference.column] === undefined);
}
