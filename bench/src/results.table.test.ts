import { describe, expect, it } from 'vitest';
import type { BenchReport } from './bench.report.js';
import type { MeasuredRun } from './process.measure.js';
import { cellsOf, resultRows } from './results.table.js';

const run = (ms: number, peakRssMb: number | null = null): MeasuredRun => ({ ms, peakRssMb, status: 0, stdout: '', stderr: '' });
const counts = (inserted: number, unchanged: number) => ({ inserted, updated: 0, unchanged, rejected: 0 });
const KINDS = ['customers', 'listings', 'leads', 'calls', 'sms'];

/**
 * Into a populated database: medians 1800 (second half into the first) against 1500 (into an
 * empty one): 1.2x; the weekly batch 120 against the first import's 1500: 0.08x.
 */
const POPULATED: BenchReport['populated'] = {
  populated: [run(1800, 150), run(1900, 160), run(1700, 155)],
  emptyHalf: [run(1500, 140), run(1400, 150), run(1600, 145)],
  weekly: [run(120, 90), run(130, 95), run(110, 92)],
  // 6 of the 10 customers were in the database already: unchanged there, inserted into the empty one.
  populatedCounts: { ...Object.fromEntries(KINDS.map((kind) => [kind, counts(10, 0)])), customers: counts(4, 6) },
  emptyHalfCounts: Object.fromEntries(KINDS.map((kind) => [kind, counts(10, 0)])),
  weeklyCounts: Object.fromEntries(KINDS.map((kind) => [kind, counts(1, 2)])),
};

/** A report with made-up figures, so that each verdict below can be worked out by hand. */
function report(overrides: Partial<BenchReport['imports']> = {}, populated: Partial<BenchReport['populated']> = {}): BenchReport {
  return {
    date: '2026-11-26T00:00:00.000Z',
    machine: { cpus: 2, cpuModel: 'test', memoryGb: 4, os: 'Linux', node: 'v20' },
    size: { customers: 1, listings: 1, leads: 1, calls: 1, sms: 1 },
    rounds: 3,
    shell: { path: '/usr/bin/sqlite3', version: '3.40.1' },
    imports: {
      // medians: 1500 (hcdm), 1000 (reference), 1400 (re-import), 1650 (phone-keyed), 800 (SQLite alone)
      hcdm: [run(1500, 150), run(1700, 190), run(1400, 180)],
      reimport: [run(1400, 120), run(1300, 110), run(1500, 130)],
      phoneKeyed: [run(1650, 160), run(1800, 170), run(1600, 165)],
      reference: [run(1000), run(900), run(1100)],
      sqliteAlone: [run(800), run(700), run(900)],
      firstCounts: Object.fromEntries(KINDS.map((kind) => [kind, counts(10, 0)])),
      reimportCounts: Object.fromEntries(KINDS.map((kind) => [kind, counts(0, 10)])),
      hcdmDatabase: 'hcdm.sqlite',
      referenceDatabase: 'reference.sqlite',
      ...overrides,
    },
    populated: { ...POPULATED, ...populated },
    queries: {
      analyses: [
        { name: 'top 5 leads by call volume', withPeriod: false, hcdmMs: [40, 60, 50], referenceMs: [100, 90, 110] },
        { name: 'top 5 leads by call volume', withPeriod: true, hcdmMs: [120], referenceMs: [100] },
      ],
      processes: [{ command: 'show top 5 leads by call volume', runs: [run(250, 90), run(310, 95), run(280, 92)] }],
    },
    streaming: null,
  };
}

describe('resultRows', () => {
  it('compares medians with each target: ratios to the reference, RSS, the process time', () => {
    expect(resultRows(report()).map(cellsOf)).toEqual([
      ['import (validated, attributed, indexed) vs sqlite3 .import', '1.50 s', '1.00 s', '1.50x', '<= 1.6x, RSS <= 200 MB', '190 MB', 'yes'],
      ['re-import of the same files (all unchanged) vs hcdm first import', '1.40 s', '1.50 s', '0.93x', '<= 1x, RSS <= 200 MB', '130 MB', 'yes'],
      ['import with calls and SMS keyed by phone (3 spellings) vs keyed by id', '1.65 s', '1.50 s', '1.10x', '<= 1.15x, RSS <= 200 MB', '170 MB', 'yes'],
      // 1500 / 800 = 1.875
      ['import vs SQLite alone writing the same rows and indexes (the floor below)', '1.50 s', '800 ms', '1.88x', '<= 1.3x', '-', 'NO'],
      ['import into a populated database (second half by id into the first) vs into an empty one', '1.80 s', '1.50 s', '1.20x', '<= 1.25x, RSS <= 200 MB', '160 MB', 'yes'],
      ['weekly batch (last 1/52 by time) into the database holding the rest vs the full first import', '120 ms', '1.50 s', '0.08x', '<= 0.1x, RSS <= 200 MB', '95 MB', 'yes'],
      ['for scale: SQLite alone writing the same rows and indexes (INSERT ... SELECT, nothing parsed) vs sqlite3 .import', '800 ms', '1.00 s', '0.80x', '-', '-', 'n/a'],
      ['top 5 leads by call volume vs reference SQL', '50 ms', '100 ms', '0.50x', '<= 0.5x', '-', 'yes'],
      ['top 5 leads by call volume, with a period vs reference SQL', '120 ms', '100 ms', '1.20x', '<= 1x', '-', 'NO'],
      ['hcdm query "show top 5 leads by call volume" (process)', '280 ms', '-', '-', '<= 300 ms', '95 MB', 'yes'],
    ]);
  });

  it('fails the import on memory alone, and the re-import when a row was not unchanged', () => {
    const rows = resultRows(
      report({
        hcdm: [run(1500, 210), run(1500, 150), run(1500, 150)],
        reimportCounts: { ...Object.fromEntries(KINDS.map((kind) => [kind, counts(0, 10)])), calls: counts(0, 9) },
      }),
    );
    expect(rows.slice(0, 2).map((row) => [row.ratio, row.met])).toEqual([
      [1.5, false],
      [1400 / 1500, false],
    ]);
  });

  it('fails a populated import that did not write the same rows, and a weekly batch that rejected one', () => {
    const populatedCounts = { ...POPULATED.populatedCounts, calls: { inserted: 9, updated: 1, unchanged: 0, rejected: 0 } };
    const weeklyCounts = { ...POPULATED.weeklyCounts, sms: { inserted: 0, updated: 0, unchanged: 2, rejected: 1 } };
    const rows = resultRows(report({}, { populatedCounts, weeklyCounts }));
    expect(rows.slice(4, 6).map((row) => [row.ratio, row.met])).toEqual([
      [1.2, false],
      [0.08, false],
    ]);
  });
});
