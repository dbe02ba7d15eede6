import type { SampleManifest } from '@hcdm/sample';
import { fileOf } from './dataset.cache.js';
import { REFERENCE_SCHEMA } from './reference.sql.js';

const KINDS = ['customers', 'listings', 'leads', 'calls', 'sms'] as const;

/**
 * The PostgreSQL reference: psql's `\copy` of the same files (headers skipped) into the same
 * tables as the sqlite3 shell's reference (same columns and primary keys, nothing validated,
 * no secondary index, as text), each file in its own transaction as psql runs them.
 */
export function postgresReferenceScript(manifest: SampleManifest): string {
  const copies = KINDS.map((kind) => `\\copy ${kind} FROM '${fileOf(manifest, kind).replaceAll("'", "''")}' WITH (FORMAT csv, HEADER true)`);
  return [REFERENCE_SCHEMA, ...copies, ''].join('\n');
}
