import type { EntityManager } from 'typeorm';
import type { ImportConnection, ImportDialect } from './dialect/import-dialect.js';
import { writeRows } from './bulk-write.js';
import { stageColumns } from './stage.sql.js';
import type { ImportFile } from './import.types.js';
import type { KindImportOptions, KindImportResult } from './kind-import.types.js';
import { sortProblems, type RankedProblem } from './ranked-problem.js';
import { readRowBatches } from './row-batches.js';
import { trackingNumberImportSpec as spec } from './specs/tracking-number.import.js';

const TOUCHED = 'hcdm_tracking_touched';

interface Window {
  readonly fileIndex: number;
  readonly line: number;
  readonly number: string;
  readonly propertyId: string;
  readonly from: number | null;
  readonly to: number | null;
}

/**
 * Imports tracking numbers: the windows a file gives a number replace every stored window of
 * that number (so a number that moved to another listing is written once, as it is now).
 * Rows are checked as every kind's are (the number a possible phone, the listing known), and
 * a number's windows in the import must not overlap, nor end before they start. The stored
 * calls and SMS that carry a replaced number are tagged again, and their customers recorded for
 * the attribution refresh. Counts: windows already stored exactly so are unchanged, the rest
 * inserted (a window replaced by another counts as the new one inserted).
 */
export async function importTrackingNumbers(
  manager: EntityManager,
  dialect: ImportDialect,
  files: readonly ImportFile[],
  options: KindImportOptions,
): Promise<KindImportResult> {
  if (files.length === 0) return { counts: { inserted: 0, updated: 0, unchanged: 0, rejected: 0 }, files: [], newCustomers: 0, untagged: 0, problems: [] };
  const connection = await dialect.connect(manager);
  const knownKeys = await connection.readKnownKeys(spec.references, options.knownKeysLimit);
  const request = { files, settings: options.settings, layout: 'staged' as const, batchRows: 1000, knownKeys, columnNames: options.columnNames };
  // The staged row layout's own width (file_index, line, ok, then the spec's columns).
  const width = stageColumns(spec).length;
  const windows: Window[] = [];
  const rows = files.map(() => 0);
  const problems: RankedProblem[] = [];
  for await (const batch of readRowBatches(spec, request)) {
    problems.push(...batch.problems);
    rows[batch.fileIndex] = batch.fileRows;
    options.onProgress?.({ file: files[batch.fileIndex]!.path, kind: spec.kind, bytesRead: batch.bytesRead, totalBytes: batch.totalBytes, rows: batch.fileRows });
    for (let at = 0; at < batch.params.length; at += width) {
      const [fileIndex, line, ok, number, propertyId, from, to] = batch.params.slice(at, at + width) as [number, number, number, string, string, number | null, number | null];
      if (ok === 1) windows.push({ fileIndex, line, number, propertyId, from, to });
    }
  }
  const good = checkWindows(windows, files, problems);
  const counts = await replaceWindows(manager, dialect, connection, good);
  if (good.length > 0 && options.changedCustomersTable !== undefined) await tagStoredRecords(manager, options.changedCustomersTable);
  await manager.query(`DROP TABLE IF EXISTS ${dialect.tempTableName(TOUCHED)}`);
  const total = rows.reduce((sum, count) => sum + count, 0);
  return {
    counts: { ...counts, updated: 0, rejected: total - good.length },
    files: files.map((file, index) => ({ path: file.path, kind: spec.kind, rows: rows[index] ?? 0 })),
    newCustomers: 0,
    untagged: 0,
    problems: sortProblems(problems),
  };
}

/** The windows that end after they start and overlap no earlier window of their number; the others become problems. */
function checkWindows(windows: readonly Window[], files: readonly ImportFile[], problems: RankedProblem[]): Window[] {
  const add = (window: Window, field: string, order: number, reason: string, value: number | null) => {
    const problem = { file: files[window.fileIndex]!.path, line: window.line, field, reason, value: value === null ? '' : new Date(value).toISOString() };
    problems.push({ fileIndex: window.fileIndex, line: window.line, order, problem });
  };
  const start = (window: Window) => window.from ?? Number.NEGATIVE_INFINITY;
  const end = (window: Window) => window.to ?? Number.POSITIVE_INFINITY;
  const good: Window[] = [];
  for (const window of windows) {
    if (end(window) <= start(window)) add(window, 'valid_to', 3, 'is not after valid_from', window.to);
    else good.push(window);
  }
  const kept: Window[] = [];
  const byNumber = new Map<string, Window[]>();
  for (const window of good) byNumber.set(window.number, [...(byNumber.get(window.number) ?? []), window]);
  for (const list of byNumber.values()) {
    const ordered = [...list].sort((a, b) => start(a) - start(b) || a.fileIndex - b.fileIndex || a.line - b.line);
    let last: Window | null = null;
    for (const window of ordered) {
      if (last !== null && start(window) < end(last)) {
        const where = last.fileIndex === window.fileIndex ? `on line ${last.line}` : `at ${files[last.fileIndex]!.path}:${last.line}`;
        add(window, 'valid_from', 2, `overlaps the window of ${window.number} ${where}`, window.from);
        continue;
      }
      kept.push(window);
      last = window;
    }
  }
  return kept.sort((a, b) => a.fileIndex - b.fileIndex || a.line - b.line);
}

/** Replaces the stored windows of the numbers in `windows` with them; answers how many were new or as stored. */
async function replaceWindows(
  manager: EntityManager,
  dialect: ImportDialect,
  connection: ImportConnection,
  windows: readonly Window[],
): Promise<{ inserted: number; unchanged: number }> {
  await manager.query(`DROP TABLE IF EXISTS ${dialect.tempTableName(TOUCHED)}`);
  await manager.query(`CREATE TEMP TABLE ${TOUCHED} (tracking_number ${dialect.textColumnType} PRIMARY KEY)`);
  if (windows.length === 0) return { inserted: 0, unchanged: 0 };
  await writeRows(connection, TOUCHED, ['tracking_number'], [...new Set(windows.map((window) => window.number))].map((number) => [number]));
  const stored = (await manager.query(
    `SELECT window_id AS id, property_id AS property, valid_from AS "from", valid_to AS "to" FROM tracking_numbers WHERE tracking_number IN (SELECT tracking_number FROM ${TOUCHED})`,
  )) as { id: string; property: string; from: number | string | null; to: number | string | null }[];
  const same = new Set(stored.map((row) => `${row.id}|${row.property}|${row.to === null ? '' : Number(row.to)}`));
  const unchanged = windows.filter((window) => same.has(`${windowId(window)}|${window.propertyId}|${window.to ?? ''}`)).length;
  await manager.query(`DELETE FROM tracking_numbers WHERE tracking_number IN (SELECT tracking_number FROM ${TOUCHED})`);
  const columns = ['window_id', 'tracking_number', 'property_id', 'valid_from', 'valid_to'];
  await writeRows(connection, 'tracking_numbers', columns, windows.map((window) => [windowId(window), window.number, window.propertyId, window.from, window.to]));
  return { inserted: windows.length - unchanged, unchanged };
}

/**
 * Tags again the stored calls and SMS that carry a touched number (their listing is now the one
 * whose window holds their time, or none), recording the customers of those that change.
 */
async function tagStoredRecords(manager: EntityManager, changedCustomersTable: string): Promise<void> {
  for (const table of ['calls', 'sms']) {
    const windowProperty = `(SELECT t.property_id FROM tracking_numbers t WHERE t.tracking_number = ${table}.tracking_number
        AND (t.valid_from IS NULL OR t.valid_from <= ${table}.occurred_at) AND (t.valid_to IS NULL OR ${table}.occurred_at < t.valid_to))`;
    const changing = `${table}.tracking_number IN (SELECT tracking_number FROM ${TOUCHED}) AND ${table}.property_id IS DISTINCT FROM ${windowProperty}`;
    // `WHERE true`: SQLite reads an INSERT ... SELECT's ON CONFLICT only after a WHERE.
    await manager.query(`INSERT INTO ${changedCustomersTable} (customer_id) SELECT DISTINCT customer_id FROM ${table} WHERE ${changing} ON CONFLICT DO NOTHING`);
    await manager.query(`UPDATE ${table} SET property_id = ${windowProperty} WHERE ${changing}`);
  }
}

function windowId(window: Pick<Window, 'number' | 'from'>): string {
  return `${window.number}@${window.from ?? '-'}`;
}
