import {
  importKind,
  ImportRejectedError,
  RECORD_KINDS,
  type ImportFile,
  type KindCounts,
  type RecordKind,
  type RowProblem,
} from '@hcdm/core';
import type { DataSource, EntityManager } from 'typeorm';
import { refreshAttribution } from '../attribution.js';
import { resolveImportFiles } from './import-files.js';
import { IMPORT_SPECS } from './import.specs.js';
import type { ImportOptions, ImportSummary } from './import.types.js';
import { writeRejects } from './rejects.writer.js';

/** Customers whose leads, calls or SMS changed in this import: their attribution is refreshed. */
const CHANGED_CUSTOMERS = 'hcdm_import_customers';

const DEFAULT_REJECTS_PATH = 'hcdm-rejects.csv';

/**
 * Imports files or folders of exports (DOMAIN.md "Import files") in one transaction: every
 * kind in load order, then attribution for the customers whose records changed. Any bad row
 * rejects the whole import (ImportRejectedError, nothing written) unless `skipInvalid`, which
 * writes the good rows and lists the bad ones in the rejects file. A file that cannot be read
 * at all throws ImportFileError, and nothing is written either.
 */
export async function importData(dataSource: DataSource, paths: readonly string[], options: ImportOptions): Promise<ImportSummary> {
  const files = resolveImportFiles(paths, options.kind);
  return dataSource.transaction(async (manager) => {
    await manager.query(`DROP TABLE IF EXISTS temp.${CHANGED_CUSTOMERS}`);
    await manager.query(`CREATE TEMP TABLE ${CHANGED_CUSTOMERS} (customer_id varchar PRIMARY KEY)`);
    const summary = await importKinds(manager, files, options);
    if (summary.problems.length > 0 && options.skipInvalid !== true) throw new ImportRejectedError(summary.problems);
    await refreshAttribution(manager, { kind: 'customers-in-table', table: CHANGED_CUSTOMERS });
    await manager.query(`DROP TABLE temp.${CHANGED_CUSTOMERS}`);
    if (summary.problems.length === 0) return summary;
    const rejectsPath = options.rejectsPath ?? DEFAULT_REJECTS_PATH;
    writeRejects(rejectsPath, summary.problems);
    return { ...summary, rejectsPath };
  });
}

async function importKinds(
  manager: EntityManager,
  files: readonly ImportFile[],
  options: ImportOptions,
): Promise<ImportSummary> {
  const kinds = {} as Record<RecordKind, KindCounts>;
  const read: ImportSummary['files'] = [];
  const problems: RowProblem[] = [];
  for (const kind of RECORD_KINDS) {
    const result = await importKind(manager, IMPORT_SPECS[kind], files.filter((file) => file.kind === kind), {
      settings: options.settings,
      changedCustomersTable: CHANGED_CUSTOMERS,
      onProgress: options.onProgress,
    });
    kinds[kind] = result.counts;
    read.push(...result.files);
    problems.push(...result.problems);
  }
  return { kinds, files: read, rejectsPath: null, problems };
}
