import { SAMPLE_KINDS } from './bench.sizes.js';
import type { SampleManifest } from '@hcdm/sample';
import { fileOf } from './dataset.cache.js';
import { REFERENCE_SCHEMA } from './reference.sql.js';
import { sqlString } from './sql-string.js';

/**
 * The PostgreSQL reference: psql's `\copy` of the same files (headers skipped) into the same
 * tables as the sqlite3 shell's reference (same columns and primary keys, nothing validated,
 * no secondary index, the values as the files spell them), each file in its own transaction as
 * psql runs them.
 */
export function postgresReferenceScript(manifest: SampleManifest): string {
  const copies = SAMPLE_KINDS.map((kind) => `\\copy ${kind} FROM ${sqlString(fileOf(manifest, kind))} WITH (FORMAT csv, HEADER true)`);
  return [REFERENCE_SCHEMA, ...copies, ''].join('\n');
}
