import { describe, expect, it } from 'vitest';
import { BENCHED_FORMS, benchedCommands } from './analysis-commands.js';
import { analysisProcessRows, engineProcessRows } from './analysis-processes.rows.js';
import type { MeasuredRun } from './process.measure.js';
import { cellsOf } from './results.table.js';

const run = (ms: number, peakRssMb: number | null = null): MeasuredRun => ({ ms, peakRssMb, status: 0, stdout: '', stderr: '' });

describe('analysisProcessRows', () => {
  it('judges each command against 5x the median node -e 0 of the same rounds, and 150 MB', () => {
    // node -e 0: median 60 ms. 280 / 60 = 4.67x (met); 320 / 60 = 5.33x (not); 250 / 60 = 4.17x but 151 MB (not).
    const rows = analysisProcessRows({
      node: [run(50, 40), run(60, 41), run(70, 42)],
      commands: [
        { command: 'show hot leads', runs: [run(280, 120), run(300, 100), run(260, 110)] },
        { command: 'show speed to lead', runs: [run(320, 90)] },
        { command: 'show missed calls', runs: [run(250, 151)] },
      ],
    });
    expect(rows.map(cellsOf)).toEqual([
      ['for scale: node -e 0 (process), the same rounds', '60 ms', '-', '-', '-', '42 MB', 'n/a'],
      ['hcdm query "show hot leads" (process) vs node -e 0', '280 ms', '60 ms', '4.67x', '<= 5x, RSS <= 150 MB', '120 MB', 'yes'],
      ['hcdm query "show speed to lead" (process) vs node -e 0', '320 ms', '60 ms', '5.33x', '<= 5x, RSS <= 150 MB', '90 MB', 'NO'],
      ['hcdm query "show missed calls" (process) vs node -e 0', '250 ms', '60 ms', '4.17x', '<= 5x, RSS <= 150 MB', '151 MB', 'NO'],
    ]);
  });
});

describe('engineProcessRows', () => {
  it('judges PostgreSQL against 1.5x SQLite', () => {
    // 450 / 300 = 1.5 (met, the limit included); 460 / 300 = 1.53 (not)
    const rows = engineProcessRows({
      commands: [
        { command: 'show hot leads', measured: [run(450, 90)], reference: [run(300)] },
        { command: 'show speed to lead', measured: [run(460, 80)], reference: [run(300)] },
      ],
    });
    expect(rows.map((row) => [row.ratio, row.met])).toEqual([
      [1.5, true],
      [460 / 300, false],
    ]);
    expect(rows[0]!.measure).toBe('hcdm query "show hot leads" (process) on PostgreSQL vs on SQLite');
  });

  it('only informs where the comparison sets no limit, as Citus against PostgreSQL', () => {
    const rows = engineProcessRows(
      { commands: [{ command: 'show hot leads', measured: [run(900, 70)], reference: [run(300)] }] },
      { measured: 'Citus', reference: 'PostgreSQL', limit: null },
    );
    expect(rows).toEqual([
      { measure: 'hcdm query "show hot leads" (process) on Citus vs on PostgreSQL', hcdm: 900, reference: 300, ratio: 3, target: '-', peakRssMb: 70, met: null },
    ]);
  });
});

describe('benchedCommands', () => {
  it('runs each form with and without the period where it takes one, and names a form help lists that it lacks', () => {
    const forms = [
      { usage: 'show speed to lead', commands: ['show speed to lead'], withPeriod: true },
      { usage: 'help', commands: ['help'], withPeriod: false },
      { usage: 'show gone', commands: ['show gone'], withPeriod: false },
    ];
    expect(benchedCommands(['show speed to lead', 'help', '<command> in last N days'], forms)).toEqual(['show speed to lead', 'show speed to lead in last 30 days', 'help']);
    expect(() => benchedCommands(['show speed to lead', 'show agents by calls'], forms)).toThrow('bench/src/analysis-commands.ts has no commands for: show agents by calls');
  });

  it('has every form the benchmark knows once', () => {
    const usages = BENCHED_FORMS.map((form) => form.usage);
    expect(new Set(usages).size).toBe(usages.length);
  });
});
