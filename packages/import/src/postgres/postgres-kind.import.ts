import type { EntityManager } from 'typeorm';
import type { ImportFile, ImportSpec } from '../import.types.js';
import type { KindImportOptions, KindImportResult, KindJob } from '../kind.import.js';
import type { RowSource } from '../row-batch.types.js';
import { readKnownKeysOnPostgres } from './postgres-known-keys.js';
import { loadDirectOnPostgres } from './postgres-direct.loader.js';
import { postgresClientOf, queryRows } from './postgres.connection.js';
import { importStagedOnPostgres } from './postgres-staged.import.js';

/**
 * importKind on PostgreSQL: the same two paths as on SQLite, with COPY FROM STDIN in place of
 * multi-row INSERTs (the direct one gives way to the staged one at the first bad row), inside
 * the caller's transaction (or one of its own, so a kind is never half written). Imports take
 * turns: the first kind of an import waits for a transaction lock that any other import holds
 * until it commits, as SQLite's single writer does, so an import never classifies rows against
 * a table another import is changing.
 */
export async function importKindOnPostgres(
  manager: EntityManager,
  spec: ImportSpec,
  files: readonly ImportFile[],
  options: KindImportOptions,
  source: RowSource,
): Promise<KindImportResult> {
  if (manager.queryRunner?.isTransactionActive !== true) {
    return manager.transaction((inner) => importKindOnPostgres(inner, spec, files, options, source));
  }
  const client = await postgresClientOf(manager);
  await client.query(`SELECT pg_advisory_xact_lock(hashtext('hcdm import'))`);
  // Read once for both paths: the direct load's rollback leaves the referenced tables as they are.
  const job: KindJob = { spec, files, options, source, knownKeys: await readKnownKeysOnPostgres(client, spec.references, options.knownKeysLimit) };
  if (files.length > 0 && (await queryRows(client, `SELECT 1 AS present FROM ${spec.table} LIMIT 1`)).length === 0) {
    const direct = await loadDirectOnPostgres(client, job);
    if (direct !== null) return direct;
  }
  return importStagedOnPostgres(client, job);
}
