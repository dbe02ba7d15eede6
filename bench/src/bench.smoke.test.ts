import { join } from 'node:path';
import { makeTempDir } from '@hcdm/test-utils';
import { describe, expect, it } from 'vitest';
import { SMOKE_SIZE, SMOKE_STREAMING_CALLS } from './bench.sizes.js';
import { runBenchmark } from './bench.run.js';
import { markdownTable, resultRows } from './results.table.js';
import { sameRows } from './populated.bench.js';

const inserted = (rows: number) => ({ inserted: rows, updated: 0, unchanged: 0, rejected: 0 });
const unchanged = (rows: number) => ({ inserted: 0, updated: 0, unchanged: rows, rejected: 0 });

describe('the benchmark, smoke size', () => {
  it('runs every step of the full benchmark on a small dataset and tabulates it', async () => {
    const dir = makeTempDir('hcdm-bench-');
    const report = await runBenchmark({
      size: SMOKE_SIZE,
      rounds: 1,
      streamingCalls: SMOKE_STREAMING_CALLS,
      cacheDir: join(dir, 'cache'),
      workDir: join(dir, 'work'),
      resultsPath: null,
    });
    const { customers, listings, leads, calls, sms } = SMOKE_SIZE;
    expect(report.imports.firstCounts).toEqual({
      customers: inserted(customers),
      listings: inserted(listings),
      leads: inserted(leads),
      calls: inserted(calls),
      sms: inserted(sms),
    });
    expect(report.imports.reimportCounts).toEqual({
      customers: unchanged(customers),
      listings: unchanged(listings),
      leads: unchanged(leads),
      calls: unchanged(calls),
      sms: unchanged(sms),
    });
    // Without a sqlite3 shell only the reference's side is left out.
    const referenceRuns = report.shell === null ? 0 : 1;
    expect(report.imports.reference.length).toBe(referenceRuns);
    expect(report.imports.sqliteAlone.length).toBe(referenceRuns);
    expect(report.queries.analyses.map((analysis) => [analysis.name, analysis.withPeriod, analysis.hcdmMs.length, analysis.referenceMs.length])).toEqual([
      ['top 5 leads by call volume', false, 1, referenceRuns],
      ['top 5 leads by call volume', true, 1, referenceRuns],
      ['listings with most SMS inquiries', false, 1, referenceRuns],
      ['listings with most SMS inquiries', true, 1, referenceRuns],
      ['customer activity summary', false, 1, referenceRuns],
      ['customer activity summary', true, 1, referenceRuns],
    ]);
    expect(report.queries.processes.map((process) => process.runs.map((run) => run.status))).toEqual([[0], [0], [0]]);
    expect(report.queries.processes.every((process) => process.runs[0]!.stdout.length > 0)).toBe(true);
    expect(report.queries.processes.map((process) => process.command)).toEqual([
      'show top 5 leads by call volume',
      'show listings with most SMS inquiries',
      'show customer activity summary for +91-9876543210',
    ]);
    const streaming = report.streaming!;
    expect({
      calls: streaming.counts.calls,
      badLine: streaming.badLine,
      messageNamesLine: streaming.messageNamesLine,
      nothingWritten: streaming.nothingWritten,
    }).toEqual({ calls: inserted(SMOKE_STREAMING_CALLS), badLine: SMOKE_STREAMING_CALLS - 10, messageNamesLine: true, nothingWritten: true });
    // Every command of help ran as a process and answered, beside one node -e 0.
    const processes = report.analysisProcesses!;
    expect(processes.node).toHaveLength(1);
    expect(processes.commands.map(({ command, runs }) => [command, runs.map((one) => one.status)])).toEqual(processes.commands.map(({ command }) => [command, [0]]));
    expect(processes.commands.map(({ command }) => command)).toEqual(expect.arrayContaining(['show hot leads', 'show speed to lead in last 30 days', 'help']));
    // Into populated databases: one run of each, the halves writing the same rows as into an empty database.
    const { populated } = report;
    expect([populated.populated.length, populated.emptyHalf.length, populated.weekly.length]).toEqual([1, 1, 1]);
    expect(sameRows(populated.populatedCounts, populated.emptyHalfCounts)).toBe(true);
    expect(Object.values(populated.weeklyCounts).every((counts) => counts.updated + counts.rejected === 0)).toBe(true);
    expect(['leads', 'calls', 'sms'].map((kind) => populated.weeklyCounts[kind]!.inserted > 0)).toEqual([true, true, true]);
    const rows = resultRows(report);
    // the imports (first, re-import, keyed by phone, against the floor; SQLite alone, with a shell), the two
    // populated imports, six analyses, three processes, node -e 0 and every command of help, two streaming rows
    expect(rows.length).toBe(4 + referenceRuns + 2 + 6 + 3 + 1 + processes.commands.length + 2);
    expect(report.imports.phoneKeyed).toHaveLength(report.imports.hcdm.length);
    expect(markdownTable(rows).split('\n').length).toBe(rows.length + 2);
  });
});
