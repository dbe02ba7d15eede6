import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import type { SampleManifest } from '@hcdm/sample';
import type { KindCounts } from '@hcdm/import';
import { SAMPLE_KINDS } from './bench.sizes.js';
import { benchEngineProcesses } from './analysis-processes.bench.js';
import type { EngineProcesses } from './analysis-processes.rows.js';
import { hcdmImport, hcdmQuery } from './hcdm-cli.js';
import { removeDatabase } from './import.bench.js';
import type { MeasuredRun } from './process.measure.js';
import type { PostgresServer } from './postgres-server.js';
import { dumpTablesScript, postgresAloneScript, type PostgresSchema } from './postgres-alone.sql.js';
import { postgresReferenceScript } from './postgres-reference.sql.js';

/** The databases the benchmark makes on the server (and drops at the end). */
const HCDM_DATABASE = 'hcdm_bench';
const REFERENCE_DATABASE = 'hcdm_bench_reference';
const ALONE_DATABASE = 'hcdm_bench_alone';

/** Two of the seed's analyses, as `hcdm query` processes on the imported database (a server round trip each). */
export const POSTGRES_QUERIES = ['show top 5 leads by call volume', 'show listings with most sms inquiries'] as const;

export interface PostgresTimings {
  readonly server: string;
  readonly serverVersion: string;
  readonly psqlVersion: string;
  /** hcdm import into a new database: validated, attributed, indexed. */
  readonly hcdm: MeasuredRun[];
  /** The same files again into the database the first import filled. */
  readonly reimport: MeasuredRun[];
  /** psql \copy of the same files into tables of the same columns and keys. */
  readonly reference: MeasuredRun[];
  /** hcdm's import of the same files into an SQLite file, in the same rounds: the scale of the machine's load. */
  readonly sqlite: MeasuredRun[];
  /** PostgreSQL alone loading the rows and building the keys and indexes hcdm's import wrote (postgres-alone.sql.ts). */
  readonly postgresAlone: MeasuredRun[];
  /** The machine's 1-minute load average at the start and at the end of the run. */
  readonly load: readonly [start: number, end: number];
  readonly firstCounts: Record<string, KindCounts>;
  readonly reimportCounts: Record<string, KindCounts>;
  readonly queries: { readonly command: string; readonly runs: MeasuredRun[] }[];
  /** Every command of `help` as a process on the server and on an SQLite file of the same data (issue 14). */
  readonly engines: EngineProcesses;
}

/**
 * `pnpm bench --db postgres://...`: hcdm's import of the dataset side by side with `psql
 * \copy` of the same files, `rounds` times, alternating which goes first, each into a new
 * database (and hcdm's import into an SQLite file, for scale); then two of the seed's
 * analyses as `hcdm query` processes on the last import.
 */
export function benchPostgres(
  manifest: SampleManifest,
  server: PostgresServer,
  options: { rounds: number; workDir: string },
  log: (line: string) => void,
): PostgresTimings {
  const { rounds } = options;
  const startLoad = loadavg()[0]!;
  const psqlVersion = server.psqlVersion();
  if (psqlVersion === null) throw new Error('psql not found (Debian: apt-get install -y postgresql-client)');
  const timings = { hcdm: [] as MeasuredRun[], reimport: [] as MeasuredRun[], reference: [] as MeasuredRun[], sqlite: [] as MeasuredRun[], postgresAlone: [] as MeasuredRun[] };
  const dumpDir = mkdtempSync(join(options.workDir, 'postgres-alone-'));
  let schema: PostgresSchema | null = null;
  const sqliteDatabase = join(options.workDir, 'hcdm-postgres-run.sqlite');
  let firstCounts: Record<string, KindCounts> = {};
  let reimportCounts: Record<string, KindCounts> = {};
  const database = server.urlOf(HCDM_DATABASE);
  const runHcdm = () => {
    server.recreate(HCDM_DATABASE);
    const first = hcdmImport(database, [manifest.dir]);
    const again = hcdmImport(database, [manifest.dir]);
    timings.hcdm.push(first.run);
    timings.reimport.push(again.run);
    [firstCounts, reimportCounts] = [first.counts, again.counts];
    // The floor: the rows hcdm wrote (dumped once), loaded and indexed by the server alone.
    if (schema === null) {
      server.runScript(database, dumpTablesScript(dumpDir));
      schema = { preData: server.schemaOf(database, SAMPLE_KINDS, 'pre-data'), postData: server.schemaOf(database, SAMPLE_KINDS, 'post-data') };
    }
    server.recreate(ALONE_DATABASE);
    timings.postgresAlone.push(server.runScript(server.urlOf(ALONE_DATABASE), postgresAloneScript(dumpDir, schema)));
    server.drop(ALONE_DATABASE);
    removeDatabase(sqliteDatabase);
    timings.sqlite.push(hcdmImport(sqliteDatabase, [manifest.dir]).run);
    removeDatabase(sqliteDatabase);
  };
  const runReference = () => {
    server.recreate(REFERENCE_DATABASE);
    timings.reference.push(server.runScript(server.urlOf(REFERENCE_DATABASE), postgresReferenceScript(manifest)));
  };
  for (let round = 0; round < rounds; round += 1) {
    log(`postgres round ${round + 1} of ${rounds}`);
    for (const contender of round % 2 === 0 ? [runHcdm, runReference] : [runReference, runHcdm]) contender();
  }
  const queries = POSTGRES_QUERIES.map((command) => ({
    command,
    runs: Array.from({ length: rounds }, () => hcdmQuery(database, command)),
  }));
  log('every command on PostgreSQL and on SQLite');
  hcdmImport(sqliteDatabase, [manifest.dir]); // the same data in SQLite, for the engine comparison; not timed
  const engines = benchEngineProcesses(database, sqliteDatabase, rounds, log);
  removeDatabase(sqliteDatabase);
  server.drop(REFERENCE_DATABASE);
  server.drop(HCDM_DATABASE);
  rmSync(dumpDir, { recursive: true, force: true });
  const load = [startLoad, loadavg()[0]!] as const;
  return { server: server.label, serverVersion: server.serverVersion(), psqlVersion, ...timings, load, firstCounts, reimportCounts, queries, engines };
}

