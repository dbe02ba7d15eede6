import type { ImportConnection, ImportDialect } from './dialect/import-dialect.js';
import type { KindImportResult, KindJob } from './kind-import.types.js';
import { sortProblems } from './ranked-problem.js';
import { uncheckedReferences } from './known-keys.js';
import { loadRows, rowsRequestOf } from './rows.loader.js';
import { checkStage } from './stage.checks.js';
import { mergeStage } from './stage.merge.js';
import { createStageSql, dropStageSql, indexStageSql, stageColumns, stageTable } from './stage.sql.js';

/**
 * The staged import, the same on both engines: every keyed row of the kind's files (good or
 * not, so an id repeated after a bad row is still caught) into a temporary staging table, then
 * repeats and references checked set-wise, then the good rows classified and merged (upsert by
 * id). References whose keys are known are checked as rows are read.
 */
export async function importStaged(connection: ImportConnection, dialect: ImportDialect, job: KindJob): Promise<KindImportResult> {
  const { spec, files, options, source, knownKeys } = job;
  await connection.run(dropStageSql(spec, dialect));
  await connection.run(createStageSql(spec, dialect, options.derived));
  try {
    const staged = await loadRows(connection, source, rowsRequestOf(job, 'staged', stageTable(spec), stageColumns(spec, options.derived)));
    await connection.run(indexStageSql(spec));
    await connection.analyze(stageTable(spec));
    const checked = await checkStage(connection, spec, files, uncheckedReferences(spec.references, knownKeys), dialect.stagedSql);
    const merged = await mergeStage(connection, spec, dialect.stagedSql, options, options.derived);
    await connection.run(dropStageSql(spec, dialect));
    return {
      counts: { inserted: merged.inserted, updated: merged.updated, unchanged: merged.unchanged, rejected: staged.rows.reduce((sum, rows) => sum + rows, 0) - merged.inserted - merged.updated - merged.unchanged },
      files: files.map((file, index) => ({ path: file.path, kind: spec.kind, rows: staged.rows[index] ?? 0 })),
      newCustomers: staged.newCustomers.length,
      untagged: staged.untagged,
      ...(options.instantColumn === undefined ? {} : { instants: merged.instants }),
      problems: sortProblems([...staged.problems, ...checked]),
    };
  } catch (error) {
    // On PostgreSQL the failed transaction refuses even this; the rollback takes the table along.
    await connection.run(dropStageSql(spec, dialect)).catch(() => undefined);
    throw error;
  }
}
