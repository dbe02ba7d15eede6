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

/** The same commands on two engines holding the same data, run alternately: `measured` against `reference`. */
export interface EngineProcesses {
  readonly commands: { readonly command: string; readonly measured: MeasuredRun[]; readonly reference: MeasuredRun[] }[];
}

/** How a comparison of engines is named and judged: PostgreSQL against SQLite at 1.5x (issue 14), Citus against PostgreSQL with no limit. */
export interface EngineComparison {
  readonly measured: string;
  readonly reference: string;
  /** The ratio a command may reach, or null where none is set (the row then only informs). */
  readonly limit: number | null;
}

export const POSTGRES_VS_SQLITE: EngineComparison = { measured: 'PostgreSQL', reference: 'SQLite', limit: POSTGRES_RATIO_LIMIT };

/** One row per command: the measured engine's median against the reference's. */
export function engineProcessRows({ commands }: EngineProcesses, comparison: EngineComparison = POSTGRES_VS_SQLITE): ResultRow[] {
  const { limit } = comparison;
  return commands.map(({ command, measured, reference: referenceRuns }) => {
    const hcdm = ms(measured);
    const reference = ms(referenceRuns);
    const ratio = hcdm / reference;
    return {
      measure: `hcdm query "${command}" (process) on ${comparison.measured} vs on ${comparison.reference}`,
      hcdm,
      reference,
      ratio,
      target: limit === null ? '-' : `<= ${limit}x`,
      peakRssMb: rss(measured),
      met: limit === null ? null : ratio <= limit,
    };
  });
}
