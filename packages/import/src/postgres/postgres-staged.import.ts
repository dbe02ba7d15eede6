import type { PoolClient } from 'pg';
import type { KindImportResult, KindJob } from '../kind.import.js';
import { sortProblems } from '../ranked-problem.js';
import { createStageSql, dropStageSql, indexStageSql, stageColumns, stageTable } from '../stage.sql.js';
import { uncheckedReferences } from '../known-keys.js';
import { copyRows } from './postgres-copy.rows.js';
import { postgresStageRunner } from './postgres.connection.js';
import { checkStage } from '../stage.checks.js';
import { mergeStage } from '../stage.merge.js';

/**
 * The staged import on PostgreSQL, step for step the SQLite one: COPY every keyed row into a
 * temporary staging table inside the import's transaction, check repeats and references
 * set-wise, then classify and merge the good rows (upsert by id). A failure anywhere aborts
 * the transaction, which takes the staging table with it.
 */
export async function importStagedOnPostgres(client: PoolClient, job: KindJob): Promise<KindImportResult> {
  const { spec, files, options, source, knownKeys } = job;
  await client.query(dropStageSql(spec, 'postgres'));
  await client.query(createStageSql(spec, options.derived, 'postgres'));
  const staged = await copyRows(client, source, {
    table: stageTable(spec),
    columns: stageColumns(spec, options.derived),
    layout: 'staged',
    files,
    settings: options.settings,
    kind: spec.kind,
    onProgress: options.onProgress,
    knownKeys,
  });
  await client.query(indexStageSql(spec));
  // Temporary tables get no statistics from autovacuum; the checks' plans need them.
  await client.query(`ANALYZE ${stageTable(spec)}`);
  const runner = postgresStageRunner(client);
  const checked = await checkStage(runner, spec, files, uncheckedReferences(spec.references, knownKeys));
  const merged = await mergeStage(runner, spec, options.changedCustomersTable, options.derived);
  await client.query(dropStageSql(spec, 'postgres'));
  const total = staged.rows.reduce((sum, rows) => sum + rows, 0);
  return {
    counts: { ...merged, rejected: total - merged.inserted - merged.updated - merged.unchanged },
    files: files.map((file, index) => ({ path: file.path, kind: spec.kind, rows: staged.rows[index] ?? 0 })),
    problems: sortProblems([...staged.problems, ...checked]),
  };
}
