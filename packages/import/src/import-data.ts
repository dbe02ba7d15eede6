import { statSync } from 'node:fs';
import { importKind } from './kind.import.js';
import { ImportRejectedError } from './import.errors.js';
import { RECORD_KINDS, type ImportFile, type KindCounts, type RecordKind, type RowProblem } from './import.types.js';
import type { DataSource, EntityManager } from 'typeorm';
import { refreshAttribution } from '@hcdm/attribution';
import { dataGeneration, endChangeLog, markDataChanged, startChangeLog } from '@hcdm/core';
import { AttributionLookup } from '@hcdm/attribution';
import { attributionColumns } from './attribution.columns.js';
import type { ImportDialect } from './dialect/import-dialect.js';
import { importDialectOf } from './dialect/import-dialect.chooser.js';
import { resolveImportFiles } from './import-files.js';
import { IMPORT_SPECS } from './import.specs.js';
import type { ImportChanges, ImportOptions, ImportSummary } from './import-data.types.js';
import { ParseWorkerClient } from './parse-worker.client.js';
import { writeRejects } from './rejects.writer.js';
import { claimImportTurn } from './import-turn.js';
import { columnNamesByKind } from './column-mapping.js';
import { replaceProvisionalCustomers } from './provisional-customers.js';
import { importTrackingNumbers } from './tracking-numbers.import.js';
import type { KindImportOptions } from './kind-import.types.js';

/** Customers whose leads changed (or whose calls or SMS were stored unattributed) in this import. */
const CHANGED_CUSTOMERS = 'hcdm_import_customers';

/** Customers of every row this import wrote or attributed again (ImportChanges), when the caller asks. */
const TOUCHED_CUSTOMERS = 'hcdm_import_touched';

const DEFAULT_REJECTS_PATH = 'hcdm-rejects.csv';

const ACTIVITY_KINDS: readonly RecordKind[] = ['calls', 'sms'];

/** Files of a kind smaller than this are parsed in the main thread: a worker would not pay for its start. */
const WORKER_MIN_BYTES = 4 * 1024 * 1024;

/** Where each kind's files are parsed: the worker, when one was started for them. */
interface Parsing {
  readonly worker: ParseWorkerClient | null;
  /** The kinds whose files are large enough to be parsed in the worker (none without it). */
  readonly workerKinds: ReadonlySet<RecordKind>;
}

interface ImportRun extends Parsing {
  readonly manager: EntityManager;
  readonly dialect: ImportDialect;
  readonly options: ImportOptions;
  /** The secondary indexes loads into empty tables dropped, built together once every kind is in. */
  readonly deferredIndexes: string[];
  /** How the files name the fields, by kind (ImportOptions.columns). */
  readonly columnNames: ReturnType<typeof columnNamesByKind>;
  /** The table collecting what the import changed (TOUCHED_CUSTOMERS); null when nobody asked. */
  readonly touchedTable: string | null;
  /** The transaction's change log (core's change-log.ts): where the engine keeps one, the caller asked for the changes and they were current before. */
  readonly changeLog: string | null;
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
export async function importData(dataSource: DataSource, paths: readonly string[], given: ImportOptions): Promise<ImportSummary> {
  // One moment for the whole import (both threads): timestamps past it are "in the future".
  const options = { ...given, settings: { ...given.settings, importedAt: given.settings.importedAt ?? Date.now() } };
  const files = resolveImportFiles(paths, options.kind);
  const columnNames = columnNamesByKind(options.columns);
  const parsing = startParsing(files, options.workerMinBytes ?? WORKER_MIN_BYTES);
  const { worker } = parsing;
  const dialect = importDialectOf(dataSource);
  const restoreSession = dialect.prepareSession(dataSource);
  try {
    return await dataSource.transaction(async (manager) => {
      const restoreTransaction = await dialect.prepareTransaction(manager);
      let imported: Awaited<ReturnType<typeof importInTransaction>>;
      try {
        imported = await importInTransaction(manager, dialect, files, options, { ...parsing, columnNames });
      } finally {
        restoreTransaction();
      }
      // With the connection's own settings again: the import's small page cache slowed the caller's queries threefold.
      if (imported.changes !== null) await options.onChanged?.(manager, imported.changes);
      if (options.onChanged !== undefined) {
        await manager.query(`DROP TABLE ${dialect.tempTableName(TOUCHED_CUSTOMERS)}`);
        await endChangeLog(manager);
      }
      return imported.summary;
    });
  } finally {
    restoreSession();
    await worker?.close();
  }
}

/** A worker for the kinds whose files reach `workerMinBytes`, if there are any. */
function startParsing(files: readonly ImportFile[], workerMinBytes: number): Parsing {
  const kinds = new Set(RECORD_KINDS.filter((kind) => bytesOf(files.filter((file) => file.kind === kind)) >= workerMinBytes));
  const worker = kinds.size > 0 ? ParseWorkerClient.start() : null;
  return { worker, workerKinds: worker === null ? new Set() : kinds };
}

async function importInTransaction(
  manager: EntityManager,
  dialect: ImportDialect,
  files: readonly ImportFile[],
  options: ImportOptions,
  parsing: Parsing & Pick<ImportRun, 'columnNames'>,
): Promise<{ summary: ImportSummary; changes: ImportChanges | null }> {
  const { worker } = parsing;
  await claimImportTurn(manager, options);
  const changedTable = dialect.tempTableName(CHANGED_CUSTOMERS);
  await manager.query(`DROP TABLE IF EXISTS ${changedTable}`);
  await manager.query(`CREATE TEMP TABLE ${CHANGED_CUSTOMERS} (customer_id ${dialect.textColumnType} PRIMARY KEY)`);
  const touchedTable = await createTouchedTable(manager, dialect, options);
  // Where the engine keeps one, the log of every change from here on (core's change-log.ts).
  const changeLog = touchedTable === null ? null : await startChangeLog(manager);
  const run: ImportRun = { manager, dialect, options, ...parsing, deferredIndexes: [], touchedTable, changeLog };
  const { summary, instants } = await importKinds(run, files);
  // Every file is read: the worker's heap (some 40 MB) is freed before the indexes are sorted.
  await worker?.close();
  if (summary.problems.length > 0 && options.skipInvalid !== true) throw new ImportRejectedError(summary.problems);
  // The parsing worker has stopped: the sorts may use the other core.
  await (await dialect.connect(manager)).createIndexes(run.deferredIndexes, true);
  await refreshChangedAttribution(run);
  await manager.query(`DROP TABLE ${changedTable}`);
  // What analyses precomputed is stale once any row was written (an import of nothing new keeps it).
  const changed = wroteRows(summary);
  if (changed) await markDataChanged(manager);
  const changes = changed ? { customersTable: TOUCHED_CUSTOMERS, instants, ...(changeLog === null ? {} : { changeLog }) } : null;
  if (summary.problems.length === 0) return { summary, changes };
  const rejectsPath = options.rejectsPath ?? DEFAULT_REJECTS_PATH;
  return { summary: { ...summary, rejectsPath, rejectsFiles: await writeRejects(rejectsPath, summary.problems, files) }, changes };
}

/**
 * The table of what the import changes, made when the caller asks for the changes and what it
 * derives from the data was current before the import (`data_generation`): otherwise it will
 * derive everything anew, and recording the customers of a first import's million rows is time
 * lost. Made, but left empty, when not worth filling: the caller's handler gets a table either way.
 */
async function createTouchedTable(manager: EntityManager, dialect: ImportDialect, options: ImportOptions): Promise<string | null> {
  if (options.onChanged === undefined) return null;
  const table = dialect.tempTableName(TOUCHED_CUSTOMERS);
  await manager.query(`DROP TABLE IF EXISTS ${table}`);
  await manager.query(`CREATE TEMP TABLE ${TOUCHED_CUSTOMERS} (customer_id ${dialect.textColumnType} PRIMARY KEY)`);
  const generation = await dataGeneration(manager);
  return generation.precomputed === generation.current ? table : null;
}

/**
 * The attribution refresh of the customers whose leads changed: what it attributes again, the
 * import touched. With a change log, of each of them only the records its logged changes can
 * reach (attribution.ts, `customers-in-log`).
 */
async function refreshChangedAttribution(run: ImportRun): Promise<void> {
  if (run.touchedTable !== null) {
    await run.manager.query(`INSERT INTO ${TOUCHED_CUSTOMERS} (customer_id) SELECT customer_id FROM ${CHANGED_CUSTOMERS} WHERE true ON CONFLICT DO NOTHING`);
  }
  const table = CHANGED_CUSTOMERS;
  await refreshAttribution(run.manager, run.changeLog === null ? { kind: 'customers-in-table', table } : { kind: 'customers-in-log', table, changeLog: run.changeLog });
}

function wroteRows(summary: ImportSummary): boolean {
  return summary.newCustomers + summary.replacedCustomers > 0 || Object.values(summary.kinds).some((counts) => counts.inserted + counts.updated > 0);
}

async function importKinds(run: ImportRun, files: readonly ImportFile[]): Promise<{ summary: ImportSummary; instants: ImportChanges['instants'] }> {
  const instants: { -readonly [kind in keyof ImportChanges['instants']]: ImportChanges['instants'][kind] } = {};
  const kinds = {} as Record<RecordKind, KindCounts>;
  const read: ImportSummary['files'] = [];
  const problems: RowProblem[] = [];
  const filesOf = (kind: RecordKind) => files.filter((file) => file.kind === kind);
  const inWorker = (kind: RecordKind) => run.workerKinds.has(kind);
  // Each thread gets the leads only if it attributes some records itself.
  const activityKinds = ACTIVITY_KINDS.filter((kind) => filesOf(kind).length > 0);
  const attributesHere = activityKinds.some((kind) => !inWorker(kind));
  const attributesInWorker = activityKinds.some(inWorker);
  let attribution: PreparedAttribution | undefined;
  let newCustomers = 0;
  let replacedCustomers = 0;
  let untagged = 0;
  for (const kind of RECORD_KINDS) {
    const kindFiles = filesOf(kind);
    const activity = ACTIVITY_KINDS.includes(kind);
    if (activity && kindFiles.length > 0 && attribution === undefined) attribution = await attributeStoredRecords(run, attributesHere, attributesInWorker);
    const spec = IMPORT_SPECS[kind];
    const kindOptions: KindImportOptions = {
      settings: run.options.settings,
      onProgress: run.options.onProgress,
      ...(run.options.knownKeysLimit === undefined ? {} : { knownKeysLimit: run.options.knownKeysLimit }),
      ...(run.columnNames[kind] === undefined ? {} : { columnNames: run.columnNames[kind] }),
      ...(run.options.unknownNumbers === undefined ? {} : { unknownNumbers: run.options.unknownNumbers }),
      ...(inWorker(kind) && run.worker !== null ? { rowSource: run.worker.source(kind) } : {}),
      // Records attributed as they are read need no refresh; without the lead table, their customers do.
      ...(activity && attribution?.available
        ? { derived: attributionColumns(inWorker(kind) ? null : attribution.lookup, spec.columns) }
        : { changedCustomersTable: CHANGED_CUSTOMERS }),
      // Nothing later in the import reads the calls' and SMS' secondary indexes.
      ...(activity ? { deferIndexes: (statements: string[]) => run.deferredIndexes.push(...statements) } : {}),
      ...(run.touchedTable === null ? {} : { touchedCustomersTable: TOUCHED_CUSTOMERS }),
      ...(activity && run.touchedTable !== null ? { instantColumn: 'occurred_at' } : {}),
    };
    const result =
      kind === 'tracking_numbers'
        ? await importTrackingNumbers(run.manager, run.dialect, kindFiles, { ...kindOptions, changedCustomersTable: CHANGED_CUSTOMERS })
        : await importKind(run.manager, spec, kindFiles, kindOptions);
    kinds[kind] = result.counts;
    read.push(...result.files);
    problems.push(...result.problems);
    newCustomers += result.newCustomers;
    untagged += result.untagged;
    if ((kind === 'calls' || kind === 'sms') && result.instants) instants[kind] = result.instants;
    if (kind === 'customers' && kindFiles.length > 0) {
      replacedCustomers = await replaceProvisionalCustomers(run.manager, run.dialect, CHANGED_CUSTOMERS, run.touchedTable === null ? undefined : TOUCHED_CUSTOMERS);
    }
  }
  const summary = { kinds, files: read, newCustomers, replacedCustomers, untaggedByTrackingNumber: untagged, rejectsPath: null, rejectsFiles: [], problems };
  return { summary, instants };
}

interface PreparedAttribution {
  /** False when there are too many leads to hold in memory: the SQL refresh attributes the records. */
  readonly available: boolean;
  /** Where this thread attributes records itself: the leads, ready for lookups. */
  readonly lookup: AttributionLookup | null;
}

/**
 * With the leads final, the stored calls and SMS of customers whose leads changed are
 * attributed again; then the leads are read for attributing the records about to be read, in
 * this thread, in the worker, or both.
 */
async function attributeStoredRecords(run: ImportRun, attributesHere: boolean, attributesInWorker: boolean): Promise<PreparedAttribution> {
  await refreshChangedAttribution(run);
  await run.manager.query(`DELETE FROM ${CHANGED_CUSTOMERS}`);
  const leads = await run.dialect.readLeadTable(run.manager);
  if (leads === null) return { available: false, lookup: null };
  const lookup = attributesHere ? new AttributionLookup(leads) : null;
  if (attributesInWorker) run.worker?.setLeads(leads, lookup !== null);
  return { available: true, lookup };
}

function bytesOf(files: readonly ImportFile[]): number {
  return files.reduce((sum, file) => sum + statSync(file.path).size, 0);
}
