import type { AnalysisProcesses } from './analysis-processes.bench.js';
import type { DatasetSize } from './bench.sizes.js';
import type { ImportTimings } from './import.bench.js';
import type { MachineInfo } from './machine.info.js';
import type { PopulatedTimings } from './populated.bench.js';
import type { QueryTimings } from './query.bench.js';
import type { StreamingCheck } from './streaming.bench.js';

/** Everything one benchmark run measured, and on what. */
export interface BenchReport {
  readonly date: string;
  readonly machine: MachineInfo;
  readonly size: DatasetSize;
  readonly rounds: number;
  readonly shell: { readonly path: string; readonly version: string } | null;
  readonly imports: ImportTimings;
  /** Imports into databases that already hold data (issue 14). */
  readonly populated: PopulatedTimings;
  readonly queries: QueryTimings;
  readonly streaming: StreamingCheck | null;
  /** Every command of `help` as a process beside `node -e 0` (issue 14); null in reports made before it. */
  readonly analysisProcesses?: AnalysisProcesses | null;
}

/** One line of the results table. */
export interface ResultRow {
  readonly measure: string;
  /** hcdm's median, ms. */
  readonly hcdm: number;
  /** The reference's median (the shell, or hcdm's first import for the re-import), ms; null without one. */
  readonly reference: number | null;
  readonly ratio: number | null;
  readonly target: string;
  /** hcdm's peak RSS over the rounds, MB; null where not measured. */
  readonly peakRssMb: number | null;
  /** Whether the target is met; null when it could not be judged (no reference). */
  readonly met: boolean | null;
}
