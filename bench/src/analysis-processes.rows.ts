import type { ResultRow } from './bench.report.js';
import type { AnalysisProcesses } from './analysis-processes.bench.js';
import type { MeasuredRun } from './process.measure.js';
import { maxKnown, median } from './stats.js';

const ms = (runs: readonly MeasuredRun[]) => median(runs.map((run) => run.ms));
const rss = (runs: readonly MeasuredRun[]) => maxKnown(runs.map((run) => run.peakRssMb));

/** An `hcdm query` process may take at most this many times a bare `node -e 0` of the same run (issue 14). */
export const PROCESS_RATIO_LIMIT = 5;
/** ...and peak at this much resident memory. */
export const PROCESS_RSS_LIMIT_MB = 150;
/** On PostgreSQL, at most this many times the same command on SQLite (issue 14). */
export const POSTGRES_RATIO_LIMIT = 1.5;

/** `node -e 0` for scale, then one row per command: its median against the bare process's, and its peak RSS. */
export function analysisProcessRows({ node, commands }: AnalysisProcesses): ResultRow[] {
  const floor = ms(node);
  const nodeRow: ResultRow = { measure: 'for scale: node -e 0 (process), the same rounds', hcdm: floor, reference: null, ratio: null, target: '-', peakRssMb: rss(node), met: null };
  return [
    nodeRow,
    ...commands.map(({ command, runs }) => {
      const hcdm = ms(runs);
      const peak = rss(runs);
      const ratio = hcdm / floor;
      const met = ratio <= PROCESS_RATIO_LIMIT && (peak === null || peak <= PROCESS_RSS_LIMIT_MB);
      const target = `<= ${PROCESS_RATIO_LIMIT}x, RSS <= ${PROCESS_RSS_LIMIT_MB} MB`;
      return { measure: `hcdm query "${command}" (process) vs node -e 0`, hcdm, reference: floor, ratio, target, peakRssMb: peak, met };
    }),
  ];
}

/** The same commands on PostgreSQL and on SQLite, run alternately. */
export interface EngineProcesses {
  readonly commands: { readonly command: string; readonly postgres: MeasuredRun[]; readonly sqlite: MeasuredRun[] }[];
}

/** One row per command: PostgreSQL's median against SQLite's. */
export function engineProcessRows({ commands }: EngineProcesses): ResultRow[] {
  return commands.map(({ command, postgres, sqlite }) => {
    const hcdm = ms(postgres);
    const reference = ms(sqlite);
    const ratio = hcdm / reference;
    return { measure: `hcdm query "${command}" (process) on PostgreSQL vs on SQLite`, hcdm, reference, ratio, target: `<= ${POSTGRES_RATIO_LIMIT}x`, peakRssMb: rss(postgres), met: ratio <= POSTGRES_RATIO_LIMIT };
  });
}
