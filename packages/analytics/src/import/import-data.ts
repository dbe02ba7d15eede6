import { statSync } from 'node:fs';
import { importKind, ImportRejectedError, RECORD_KINDS, type ImportFile, type KindCounts, type RecordKind, type RowProblem } from '@hcdm/core';
import type { DataSource, EntityManager } from 'typeorm';
import { refreshAttribution } from '../attribution.js';
import { attributionColumns, type LeadTable } from '../attribution.lookup.js';
import { readLeadTable } from '../lead-table.reader.js';
import { DeferredIndexes } from './deferred-indexes.js';
import { resolveImportFiles } from './import-files.js';
import { IMPORT_SPECS } from './import.specs.js';
import type { ImportOptions, ImportSummary } from './import.types.js';
import { ParseWorkerClient } from './parse-worker.client.js';
import { writeRejects } from './rejects.writer.js';

/** Customers whose leads changed (or whose calls or SMS were stored unattributed) in this import. */
const CHANGED_CUSTOMERS = 'hcdm_import_customers';

const DEFAULT_REJECTS_PATH = 'hcdm-rejects.csv';

const ACTIVITY_KINDS: readonly RecordKind[] = ['calls', 'sms'];

/** Files of a kind smaller than this are parsed in the main thread: a worker would not pay for its start. */
const WORKER_MIN_BYTES = 4 * 1024 * 1024;

interface ImportRun {
  readonly manager: EntityManager;
  readonly options: ImportOptions;
  readonly worker: ParseWorkerClient | null;
  readonly indexes: DeferredIndexes;
}

/**
 * Imports files or folders of exports (DOMAIN.md "Import files") in one transaction: every
 * kind in load order. Once the leads are in, the stored calls and SMS of customers whose leads
 * changed are attributed again; the calls and SMS of this import are attributed as they are
 * read. Large files are parsed in a worker thread while this one writes. Any bad row rejects
 * the whole import (ImportRejectedError, nothing written) unless `skipInvalid`, which writes
 * the good rows and lists the bad ones in the rejects file. A file that cannot be read at all
 * throws ImportFileError, and nothing is written either.
 */
export async function importData(dataSource: DataSource, paths: readonly string[], options: ImportOptions): Promise<ImportSummary> {
  const files = resolveImportFiles(paths, options.kind);
  const worker = bytesOf(files) >= WORKER_MIN_BYTES ? ParseWorkerClient.start() : null;
  try {
    return await dataSource.transaction(async (manager) => {
      await manager.query(`DROP TABLE IF EXISTS temp.${CHANGED_CUSTOMERS}`);
      await manager.query(`CREATE TEMP TABLE ${CHANGED_CUSTOMERS} (customer_id varchar PRIMARY KEY)`);
      const run: ImportRun = { manager, options, worker, indexes: new DeferredIndexes() };
      const summary = await importKinds(run, files);
      if (summary.problems.length > 0 && options.skipInvalid !== true) throw new ImportRejectedError(summary.problems);
      run.indexes.build(manager);
      await refreshAttribution(manager, { kind: 'customers-in-table', table: CHANGED_CUSTOMERS });
      await manager.query(`DROP TABLE temp.${CHANGED_CUSTOMERS}`);
      if (summary.problems.length === 0) return summary;
      const rejectsPath = options.rejectsPath ?? DEFAULT_REJECTS_PATH;
      writeRejects(rejectsPath, summary.problems);
      return { ...summary, rejectsPath };
    });
  } finally {
    await worker?.close();
  }
}

async function importKinds(run: ImportRun, files: readonly ImportFile[]): Promise<ImportSummary> {
  const kinds = {} as Record<RecordKind, KindCounts>;
  const read: ImportSummary['files'] = [];
  const problems: RowProblem[] = [];
  let leads: LeadTable | null | undefined;
  for (const kind of RECORD_KINDS) {
    const kindFiles = files.filter((file) => file.kind === kind);
    const activity = ACTIVITY_KINDS.includes(kind);
    if (activity && kindFiles.length > 0 && leads === undefined) leads = await attributeStoredRecords(run);
    const spec = IMPORT_SPECS[kind];
    const result = await importKind(run.manager, spec, kindFiles, {
      settings: run.options.settings,
      onProgress: run.options.onProgress,
      ...(run.worker !== null && bytesOf(kindFiles) >= WORKER_MIN_BYTES ? { rowSource: run.worker.source(kind) } : {}),
      // Records attributed as they are read need no refresh; without the lookup, their customers do.
      ...(activity && leads ? { derived: attributionColumns(leads, spec.columns) } : { changedCustomersTable: CHANGED_CUSTOMERS }),
      // Nothing later in the import reads the calls' and SMS' secondary indexes.
      ...(activity ? { deferIndexes: run.indexes.defer } : {}),
    });
    kinds[kind] = result.counts;
    read.push(...result.files);
    problems.push(...result.problems);
  }
  return { kinds, files: read, rejectsPath: null, problems };
}

/**
 * With the leads final, the stored calls and SMS of customers whose leads changed are
 * attributed again; then the leads are read for attributing the records about to be read
 * (and handed to the worker). Null when there are too many leads to hold in memory.
 */
async function attributeStoredRecords(run: ImportRun): Promise<LeadTable | null> {
  await refreshAttribution(run.manager, { kind: 'customers-in-table', table: CHANGED_CUSTOMERS });
  await run.manager.query(`DELETE FROM ${CHANGED_CUSTOMERS}`);
  const leads = readLeadTable(run.manager);
  if (leads === null) return null;
  run.worker?.setLeads(leads);
  return leads;
}

function bytesOf(files: readonly ImportFile[]): number {
  return files.reduce((sum, file) => sum + statSync(file.path).size, 0);
}
