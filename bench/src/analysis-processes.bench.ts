import { benchedCommands } from './analysis-commands.js';
import { datasetValues, withDatasetValues } from './dataset-values.js';
import { hcdmBinary, hcdmQuery } from './hcdm-cli.js';
import type { EngineProcesses } from './analysis-processes.rows.js';
import { checked, runMeasured, type MeasuredRun } from './process.measure.js';

/** Every command of `help` as an `hcdm query` process, beside a bare Node started in the same rounds. */
export interface AnalysisProcesses {
  /** `node -e 0`: the machine's floor for any Node process, now. */
  readonly node: MeasuredRun[];
  readonly commands: { readonly command: string; readonly runs: MeasuredRun[] }[];
}

/** The forms `help` lists, read from the built CLI itself (so a merged command is seen). */
export function helpUsages(database: string): string[] {
  const run = checked(runMeasured(hcdmBinary(), ['query', 'help', '--format', 'json', '--db', database]), 'hcdm query help');
  return (JSON.parse(run.stdout) as { command: string }[]).map((row) => row.command);
}

/** The commands to bench, about the database's own ids and names. */
function commandsFor(database: string): string[] {
  const values = datasetValues(database);
  return benchedCommands(helpUsages(database)).map((command) => withDatasetValues(command, values));
}

/**
 * Each round runs `node -e 0`, then every command once, so the bare process and the commands
 * share the machine's load of that moment; `--format json`, as a program reading the answer.
 */
export function benchAnalysisProcesses(database: string, rounds: number, log: (line: string) => void = () => {}): AnalysisProcesses {
  const commands = commandsFor(database).map((command) => ({ command, runs: [] as MeasuredRun[] }));
  const node: MeasuredRun[] = [];
  for (let round = 0; round < rounds; round += 1) {
    log(`analysis processes: round ${round + 1} of ${rounds}, ${commands.length} commands`);
    node.push(checked(runMeasured(process.execPath, ['-e', '0']), 'node -e 0'));
    for (const { command, runs } of commands) runs.push(hcdmQuery(database, command, ['--format', 'json']));
  }
  return { node, commands };
}

/**
 * Every command on two databases of the same data (PostgreSQL and SQLite, or Citus and
 * PostgreSQL), the two alternating which goes first; the commands are made from `reference`'s values.
 */
export function benchEngineProcesses(measured: string, reference: string, rounds: number, log: (line: string) => void = () => {}): EngineProcesses {
  const commands = commandsFor(reference).map((command) => ({ command, measured: [] as MeasuredRun[], reference: [] as MeasuredRun[] }));
  for (let round = 0; round < rounds; round += 1) {
    log(`engine processes: round ${round + 1} of ${rounds}, ${commands.length} commands`);
    for (const entry of commands) {
      const steps = [
        () => entry.measured.push(hcdmQuery(measured, entry.command, ['--format', 'json'])),
        () => entry.reference.push(hcdmQuery(reference, entry.command, ['--format', 'json'])),
      ];
      for (const step of round % 2 === 0 ? steps : steps.reverse()) step();
    }
  }
  return { commands };
}
