import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeTempDir } from '@hcdm/test-utils';
import { describe, expect, it } from 'vitest';
import type { PostgresTimings } from './postgres.bench.js';
import { postgresRows, writePostgresSection } from './postgres-results.js';
import { keepServerSections } from './results.sections.js';
import type { MeasuredRun } from './process.measure.js';

const run = (ms: number, peakRssMb: number | null = null): MeasuredRun => ({ ms, peakRssMb, status: 0, stdout: '', stderr: '' });
const counts = (inserted: number, unchanged: number) => ({ inserted, updated: 0, unchanged, rejected: 0 });
const KINDS = ['customers', 'listings', 'leads', 'calls', 'sms'];

/** Made-up figures: medians 3000 (hcdm), 1600 (psql), 2000 (re-import); ratio 3000 / 1600 = 1.875. */
const TIMINGS: PostgresTimings = {
  server: 'postgres://hcdm@127.0.0.1:54329/hcdm',
  serverVersion: '15.18',
  psqlVersion: 'psql (PostgreSQL) 15.18',
  hcdm: [run(3000, 150), run(3200, 170), run(2900, 160)],
  reimport: [run(2000, 120), run(2100, 110), run(1900, 130)],
  reference: [run(1600), run(1500), run(1700)],
  sqlite: [run(3200, 140), run(3300, 150), run(3100, 145)],
  postgresAlone: [run(2400), run(2500), run(2300)],
  load: [1.25, 2.5],
  firstCounts: Object.fromEntries(KINDS.map((kind) => [kind, counts(10, 0)])),
  reimportCounts: Object.fromEntries(KINDS.map((kind) => [kind, counts(0, 10)])),
  queries: [{ command: 'show top 5 leads by call volume', runs: [run(200, 90), run(220, 95), run(210, 92)] }],
  // medians 300 (PostgreSQL) against 250 (SQLite): 1.2x
  engines: { commands: [{ command: 'show hot leads', measured: [run(300, 100), run(310, 101), run(290, 99)], reference: [run(250), run(260), run(240)] }] },
};

const CONTEXT = {
  date: '2026-11-26T00:00:00.000Z',
  machine: { cpus: 2, cpuModel: 'test', memoryGb: 4, os: 'Linux', node: 'v20' },
  size: { customers: 1, listings: 1, leads: 1, calls: 1, sms: 1 },
  rounds: 3,
};

describe('postgresRows', () => {
  it('judges the import against 2x psql \\copy, and the re-import by its counts', () => {
    expect(postgresRows(TIMINGS)).toEqual([
      { measure: 'import (validated, attributed, indexed) vs psql \\copy', hcdm: 3000, reference: 1600, ratio: 1.875, target: '<= 2x', peakRssMb: 170, met: true },
      { measure: 're-import of the same files (all unchanged) vs hcdm first import', hcdm: 2000, reference: 3000, ratio: 2000 / 3000, target: 'all unchanged', peakRssMb: 130, met: true },
      {
        measure: "for scale: PostgreSQL alone loading the rows hcdm wrote (COPY) and building hcdm's keys and indexes vs psql \\copy",
        hcdm: 2400,
        reference: 1600,
        ratio: 1.5,
        target: '-',
        peakRssMb: null,
        met: null,
      },
      { measure: 'for scale: hcdm import of the same files into SQLite, same rounds', hcdm: 3200, reference: 1600, ratio: 2, target: '-', peakRssMb: 150, met: null },
      { measure: 'hcdm query "show top 5 leads by call volume" (process)', hcdm: 210, reference: null, ratio: null, target: '-', peakRssMb: 95, met: null },
      { measure: 'hcdm query "show hot leads" (process) on PostgreSQL vs on SQLite', hcdm: 300, reference: 250, ratio: 1.2, target: '<= 1.5x', peakRssMb: 101, met: true },
    ]);
  });
});

describe('the PostgreSQL section of RESULTS.md', () => {
  it('is appended once, replaced by the next run, and kept when the SQLite run rewrites the file', () => {
    const path = join(makeTempDir(), 'RESULTS.md');
    writeFileSync(path, '# hcdm benchmark results\n\nSQLite table\n');
    writePostgresSection(path, TIMINGS, CONTEXT);
    writePostgresSection(path, { ...TIMINGS, serverVersion: '16.4' }, CONTEXT);
    const text = readFileSync(path, 'utf8');
    expect(text.startsWith('# hcdm benchmark results\n\nSQLite table\n\n<!-- postgres:')).toBe(true);
    expect(text.match(/## PostgreSQL/g)).toHaveLength(1);
    expect(text).toContain('PostgreSQL 16.4 on the same machine');
    expect(text).toContain('Load average (1 min) 1.3 at the start, 2.5 at the end, on 2 CPUs.');
    expect(text).toContain('| import (validated, attributed, indexed) vs psql \\copy | 3.00 s | 1.60 s | 1.88x | <= 2x | 170 MB | yes |');
    expect(keepServerSections(path, '# hcdm benchmark results\n\nnew SQLite table\n')).toBe(
      `# hcdm benchmark results\n\nnew SQLite table\n\n${text.slice(text.indexOf('<!-- postgres:')).trimEnd()}\n`,
    );
  });
});
