import { loadavg } from 'node:os';
import type { KindCounts } from '@hcdm/import';
import type { SampleManifest } from '@hcdm/sample';
import { benchEngineProcesses } from './analysis-processes.bench.js';
import type { EngineProcesses } from './analysis-processes.rows.js';
import type { CitusCoordinator } from './citus-coordinator.js';
import { hcdmImport } from './hcdm-cli.js';
import type { PostgresServer } from './postgres-server.js';
import type { MeasuredRun } from './process.measure.js';

/** Where the benchmark imports on the coordinator (a schema) and on the plain server (a database); both dropped at the end. */
const CITUS_SCHEMA = 'hcdm_bench';
const POSTGRES_DATABASE = 'hcdm_bench_beside_citus';

/** One engine's imports: the first into an empty place, then the same files again; each round's counts. */
export interface EngineImports {
  readonly first: MeasuredRun[];
  readonly again: MeasuredRun[];
  readonly counts: { readonly first: Record<string, KindCounts>; readonly again: Record<string, KindCounts> }[];
}

export interface CitusTimings {
  readonly coordinator: string;
  readonly citusVersion: string;
  readonly serverVersion: string;
  readonly shards: number;
  readonly workers: number;
  readonly postgres: string;
  readonly postgresVersion: string;
  readonly citusImports: EngineImports;
  readonly postgresImports: EngineImports;
  /** The machine's 1-minute load average at the start and at the end of the run. */
  readonly load: readonly [start: number, end: number];
  /** Every benched command on Citus (measured) and on plain PostgreSQL (reference), the same data. */
  readonly engines: EngineProcesses;
}

const noImports = (): EngineImports => ({ first: [], again: [], counts: [] });

/** hcdm's first import and re-import into `database`, added to `imports`. */
function importTwice(database: string, manifest: SampleManifest, imports: EngineImports): void {
  const first = hcdmImport(database, [manifest.dir]);
  const again = hcdmImport(database, [manifest.dir]);
  imports.first.push(first.run);
  imports.again.push(again.run);
  imports.counts.push({ first: first.counts, again: again.counts });
}

/**
 * `pnpm bench --citus URL --db postgres://...`: the dataset imported by hcdm into a Citus
 * cluster (a new schema of the coordinator's database, laid out by hcdm's migrations) and into
 * plain PostgreSQL (a new database), `rounds` times, alternating which goes first; each import
 * followed by the same files again. Then every benched command as a process on both, alternating.
 */
export function benchCitus(
  manifest: SampleManifest,
  coordinator: CitusCoordinator,
  server: PostgresServer,
  rounds: number,
  log: (line: string) => void,
): CitusTimings {
  const startLoad = loadavg()[0]!;
  const citusVersion = coordinator.citusVersion();
  const { shards, workers } = coordinator.layout();
  const citusDatabase = coordinator.urlOf(CITUS_SCHEMA);
  const postgresDatabase = server.urlOf(POSTGRES_DATABASE);
  const citusImports = noImports();
  const postgresImports = noImports();
  const onCitus = () => {
    coordinator.recreateSchema(CITUS_SCHEMA);
    importTwice(citusDatabase, manifest, citusImports);
  };
  const onPostgres = () => {
    server.recreate(POSTGRES_DATABASE);
    importTwice(postgresDatabase, manifest, postgresImports);
  };
  for (let round = 0; round < rounds; round += 1) {
    log(`citus round ${round + 1} of ${rounds}`);
    for (const contender of round % 2 === 0 ? [onCitus, onPostgres] : [onPostgres, onCitus]) contender();
  }
  log('every command on Citus and on PostgreSQL');
  const engines = benchEngineProcesses(citusDatabase, postgresDatabase, rounds, log);
  coordinator.dropSchema(CITUS_SCHEMA);
  server.drop(POSTGRES_DATABASE);
  return {
    coordinator: coordinator.label,
    citusVersion,
    serverVersion: coordinator.serverVersion(),
    shards,
    workers,
    postgres: server.label,
    postgresVersion: server.serverVersion(),
    citusImports,
    postgresImports,
    load: [startLoad, loadavg()[0]!],
    engines,
  };
}
