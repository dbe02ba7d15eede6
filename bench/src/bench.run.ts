import { mkdirSync } from 'node:fs';
import type { BenchOptions } from './bench.options.js';
import type { BenchReport } from './bench.report.js';
import { ensureDataset } from './dataset.cache.js';
import { benchImport } from './import.bench.js';
import { ensurePhoneKeyedDataset } from './phone-keyed.dataset.js';
import { machineInfo } from './machine.info.js';
import { benchQueries } from './query.bench.js';
import { benchAnalysisProcesses } from './analysis-processes.bench.js';
import { findSqliteShell } from './sqlite-shell.js';
import { benchStreaming } from './streaming.bench.js';
import { sqliteSlots } from './database-slots.js';
import { dropPopulatedBases, populatedImports } from './populated.bench.js';
import { ensureHalves, ensureWeeklyBatch } from './split.datasets.js';

/**
 * One benchmark run: the dataset (generated once, then cached), the imports, the analyses and
 * `hcdm query` processes on the imported databases, and the streaming check. Without a sqlite3
 * shell only the reference's side is left out. `log` hears what is going on.
 */
export async function runBenchmark(options: BenchOptions, log: (line: string) => void = () => {}): Promise<BenchReport> {
  mkdirSync(options.workDir, { recursive: true });
  const shell = findSqliteShell();
  if (shell === null) log('no sqlite3 shell found (Debian: apt-get install -y sqlite3): the reference is left out');
  log('dataset: generating or reading the cache');
  const manifest = await ensureDataset(options.cacheDir, options.size);
  log('dataset: the phone-keyed copy');
  const phoneKeyed = await ensurePhoneKeyedDataset(manifest);
  log('dataset: the halves and the weekly batch');
  const [halves, weekly] = [await ensureHalves(manifest), await ensureWeeklyBatch(manifest)];
  log('imports: the bases of the populated-database imports');
  const slots = sqliteSlots(options.workDir);
  const populated = populatedImports(slots, halves, weekly, '');
  log(`imports: ${options.rounds} rounds`);
  const imports = benchImport(manifest, options.workDir, options.rounds, shell?.path ?? null, phoneKeyed, populated.contenders);
  dropPopulatedBases(slots, '');
  log('analyses');
  const queries = await benchQueries(imports.hcdmDatabase, imports.referenceDatabase, shell?.path ?? null, options.rounds);
  const analysisProcesses = benchAnalysisProcesses(imports.hcdmDatabase, options.rounds, log);
  let streaming = null;
  if (options.streamingCalls > 0) {
    log(`streaming: a ${options.streamingCalls}-call file`);
    const big = await ensureDataset(options.cacheDir, { ...options.size, calls: options.streamingCalls, sms: 0 });
    streaming = await benchStreaming(big, options.streamingCalls, options.workDir);
  }
  return {
    date: new Date().toISOString(),
    machine: machineInfo(),
    size: options.size,
    rounds: options.rounds,
    shell,
    imports,
    populated: populated.timings,
    queries,
    streaming,
    analysisProcesses,
  };
}
