import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { SampleManifest } from '@hcdm/sample';
import type { KindCounts } from '@hcdm/import';
import { hcdmImport } from './hcdm-cli.js';
import type { MeasuredRun } from './process.measure.js';
import { referenceImportScript } from './reference.sql.js';
import { parseSchema, SCHEMA_QUERY, sqliteAloneScript } from './sqlite-alone.sql.js';
import { runShell } from './sqlite-shell.js';

export interface ImportTimings {
  /** hcdm import into an empty database: validated, attributed, indexed. */
  readonly hcdm: MeasuredRun[];
  /** hcdm import of the same files again, into the database the first import filled. */
  readonly reimport: MeasuredRun[];
  /** hcdm import of the same data with calls and SMS naming customers by phone (phone-keyed.dataset.ts). */
  readonly phoneKeyed: MeasuredRun[];
  /** The sqlite3 shell's .import of the same files; empty without a shell. */
  readonly reference: MeasuredRun[];
  /** SQLite alone writing what hcdm's import wrote (sqlite-alone.sql.ts); empty without a shell. */
  readonly sqliteAlone: MeasuredRun[];
  readonly firstCounts: Record<string, KindCounts>;
  readonly reimportCounts: Record<string, KindCounts>;
  /** The databases of the last round, for the query benchmark. */
  readonly hcdmDatabase: string;
  readonly referenceDatabase: string | null;
}

/**
 * Imports the dataset `rounds` times with hcdm (then once more, the same files again) and with
 * the shell, alternating which goes first, each into a fresh database file. After each hcdm
 * round, SQLite alone writes the same tables and indexes again, for the floor under hcdm's time.
 * The phone-keyed copy of the dataset is imported in every round too, between the two, and
 * `others` (the imports into populated databases) after them, in the same alternation.
 */
export function benchImport(
  manifest: SampleManifest,
  workDir: string,
  rounds: number,
  shell: string | null,
  phoneKeyedDir: string,
  others: readonly (() => void)[] = [],
): ImportTimings {
  const hcdmDatabase = join(workDir, 'hcdm.sqlite');
  const referenceDatabase = join(workDir, 'reference.sqlite');
  const floorDatabase = join(workDir, 'sqlite-alone.sqlite');
  const phoneDatabase = join(workDir, 'phone-keyed.sqlite');
  const timings = { hcdm: [] as MeasuredRun[], reimport: [] as MeasuredRun[], phoneKeyed: [] as MeasuredRun[], reference: [] as MeasuredRun[], sqliteAlone: [] as MeasuredRun[] };
  let firstCounts: Record<string, KindCounts> = {};
  let reimportCounts: Record<string, KindCounts> = {};
  const runHcdm = () => {
    removeDatabase(hcdmDatabase);
    const first = hcdmImport(hcdmDatabase, [manifest.dir]);
    const again = hcdmImport(hcdmDatabase, [manifest.dir]);
    timings.hcdm.push(first.run);
    timings.reimport.push(again.run);
    firstCounts = first.counts;
    reimportCounts = again.counts;
    if (shell === null) return;
    removeDatabase(floorDatabase);
    const schema = parseSchema(runShell(shell, hcdmDatabase, SCHEMA_QUERY).stdout);
    timings.sqliteAlone.push(runShell(shell, floorDatabase, sqliteAloneScript(hcdmDatabase, schema)));
  };
  const runPhoneKeyed = () => {
    removeDatabase(phoneDatabase);
    timings.phoneKeyed.push(hcdmImport(phoneDatabase, [phoneKeyedDir]).run);
  };
  const runReference = () => {
    if (shell === null) return;
    removeDatabase(referenceDatabase);
    timings.reference.push(runShell(shell, referenceDatabase, referenceImportScript(manifest)));
  };
  const contenders = [runHcdm, runPhoneKeyed, runReference, ...others];
  for (let round = 0; round < rounds; round += 1) {
    for (const contender of round % 2 === 0 ? contenders : [...contenders].reverse()) contender();
  }
  return { ...timings, firstCounts, reimportCounts, hcdmDatabase, referenceDatabase: shell === null ? null : referenceDatabase };
}

export function removeDatabase(path: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${path}${suffix}`, { force: true });
}
