import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeTempDir } from '@hcdm/test-utils';
import { describe, expect, it } from 'vitest';
import type { CitusTimings } from './citus.bench.js';
import { answersLine, citusRows, writeCitusSection } from './citus-results.js';
import { citusUrlOf, runCitusBenchmark } from './citus.run.js';
import type { MeasuredRun } from './process.measure.js';
import { writePostgresSection } from './postgres-results.js';
import type { PostgresTimings } from './postgres.bench.js';
import { keepServerSections } from './results.sections.js';

const run = (ms: number, peakRssMb: number | null = null, stdout = ''): MeasuredRun => ({ ms, peakRssMb, status: 0, stdout, stderr: '' });
const KINDS = ['customers', 'listings', 'leads', 'calls', 'sms'];
const each = (inserted: number, unchanged: number) => Object.fromEntries(KINDS.map((kind) => [kind, { inserted, updated: 0, unchanged, rejected: 0 }]));

/** A round whose re-import found the first import's 10 rows of each kind unchanged. */
const UNCHANGED = { first: each(10, 0), again: each(0, 10) };

/** Made-up figures: first imports' medians 9000 (Citus) and 3000 (PostgreSQL), 3x; re-imports 4000 and 2000, 2x. */
const TIMINGS: CitusTimings = {
  coordinator: 'postgres://postgres@127.0.0.1:9700/hcdm',
  citusVersion: '13.2-1',
  serverVersion: '15.14',
  shards: 32,
  workers: 2,
  postgres: 'postgres://hcdm@127.0.0.1:54329/hcdm',
  postgresVersion: '15.14',
  citusImports: { first: [run(9000, 150), run(9500, 160), run(8000, 140)], again: [run(4000, 120), run(4200, 125), run(3900, 110)], counts: [UNCHANGED, UNCHANGED, UNCHANGED] },
  postgresImports: { first: [run(3000), run(3100), run(2900)], again: [run(2000), run(2100), run(1900)], counts: [UNCHANGED, UNCHANGED, UNCHANGED] },
  load: [1.5, 2.25],
  // "show hot leads": medians 600 against 300, 2x, the same answers; "show missed calls" differs in round 2.
  engines: {
    commands: [
      { command: 'show hot leads', measured: [run(600, 80, '[1]'), run(610, 81, '[1]')], reference: [run(300, 70, '[1]'), run(300, 70, '[1]')] },
      { command: 'show missed calls', measured: [run(500, 80, '[2]'), run(500, 80, '[3]')], reference: [run(250, 70, '[2]'), run(250, 70, '[2]')] },
    ],
  },
};

describe('citusRows', () => {
  it('sets the imports beside PostgreSQL with no target but the re-import all unchanged, then every command', () => {
    expect(citusRows(TIMINGS)).toEqual([
      { measure: 'first import (validated, attributed, indexed) on Citus vs on PostgreSQL', hcdm: 9000, reference: 3000, ratio: 3, target: '-', peakRssMb: 160, met: null },
      { measure: 're-import of the same files on Citus vs on PostgreSQL (both, every round)', hcdm: 4000, reference: 2000, ratio: 2, target: 'all unchanged', peakRssMb: 125, met: true },
      { measure: 'hcdm query "show hot leads" (process) on Citus vs on PostgreSQL', hcdm: 605, reference: 300, ratio: 605 / 300, target: '-', peakRssMb: 81, met: null },
      { measure: 'hcdm query "show missed calls" (process) on Citus vs on PostgreSQL', hcdm: 500, reference: 250, ratio: 2, target: '-', peakRssMb: 80, met: null },
    ]);
  });

  it('fails the re-import when it changed anything on either engine, in any round', () => {
    const changed = { first: each(10, 0), again: { ...each(0, 10), calls: { inserted: 0, updated: 1, unchanged: 9, rejected: 0 } } };
    const citusRound2 = { ...TIMINGS, citusImports: { ...TIMINGS.citusImports, counts: [UNCHANGED, changed, UNCHANGED] } };
    const postgresRound1 = { ...TIMINGS, postgresImports: { ...TIMINGS.postgresImports, counts: [changed, UNCHANGED, UNCHANGED] } };
    expect([citusRows(citusRound2)[1]!.met, citusRows(postgresRound1)[1]!.met]).toEqual([false, false]);
  });
});

describe('answersLine', () => {
  it('names the commands whose JSON differs in any round', () => {
    expect(answersLine(TIMINGS.engines)).toBe('Answers: 1 of 2 commands printed other JSON on Citus than on PostgreSQL: "show missed calls".');
    expect(answersLine({ commands: TIMINGS.engines.commands.slice(0, 1) })).toBe('Answers: each of the 1 commands printed the same JSON on Citus as on PostgreSQL, every round.');
  });
});

describe('citusUrlOf', () => {
  it('reads --citus, and refuses it without a URL', () => {
    expect(citusUrlOf(['--scale', '0.1', '--citus', 'postgres://c/hcdm'])).toBe('postgres://c/hcdm');
    expect(citusUrlOf(['--db', 'postgres://p/hcdm'])).toBeNull();
    expect(() => citusUrlOf(['--citus', '--db', 'postgres://p/hcdm'])).toThrow("--citus: needs the URL of a Citus coordinator's database");
  });
});

describe('the Citus section of RESULTS.md', () => {
  const CONTEXT = {
    date: '2026-12-07T00:00:00.000Z',
    machine: { cpus: 2, cpuModel: 'test', memoryGb: 4, os: 'Linux', node: 'v20' },
    size: { customers: 2, listings: 1, leads: 3, calls: 4, sms: 5 },
    rounds: 3,
  };

  it('is written once beside the PostgreSQL section, and both are kept when the SQLite run rewrites the file', () => {
    const path = join(makeTempDir(), 'RESULTS.md');
    writeFileSync(path, '# hcdm benchmark results\n\nSQLite table\n');
    writeCitusSection(path, TIMINGS, CONTEXT);
    writeCitusSection(path, { ...TIMINGS, workers: 3 }, CONTEXT);
    const postgres = { server: 'postgres://hcdm@127.0.0.1:54329/hcdm', serverVersion: '15', psqlVersion: 'psql 15', hcdm: [run(1)], reimport: [run(1)], reference: [run(1)], sqlite: [run(1)], postgresAlone: [run(1)], load: [0, 0], firstCounts: each(1, 0), reimportCounts: each(0, 1), queries: [], engines: { commands: [] } } as unknown as PostgresTimings;
    writePostgresSection(path, postgres, CONTEXT);
    const text = readFileSync(path, 'utf8');
    expect(text.match(/## Citus/g)).toHaveLength(1);
    expect(text).toContain('2 customers, 1 listings, 3 leads, 4 calls, 5 sms');
    expect(text).toContain('3 workers, 32 shards per split table');
    expect(text).toContain('| re-import of the same files on Citus vs on PostgreSQL (both, every round) | 4.00 s | 2.00 s | 2.00x | all unchanged | 125 MB | yes |');
    expect(text.indexOf('## Citus')).toBeLessThan(text.indexOf('## PostgreSQL'));
    const rewritten = keepServerSections(path, '# hcdm benchmark results\n\nnew SQLite table\n');
    expect(rewritten.startsWith('# hcdm benchmark results\n\nnew SQLite table\n\n<!-- postgres:')).toBe(true);
    expect(rewritten).toContain(text.slice(text.indexOf('<!-- citus:'), text.indexOf('<!-- /citus -->')));
    expect(rewritten.match(/## Citus/g)).toHaveLength(1);
  });
});

describe('runCitusBenchmark', () => {
  it('refuses two servers with two passwords before doing anything', async () => {
    const options = { size: { customers: 1, listings: 1, leads: 1, calls: 1, sms: 1 }, rounds: 1, streamingCalls: 0, cacheDir: '/nonexistent', workDir: '/nonexistent', resultsPath: null };
    await expect(runCitusBenchmark('postgres://a:one@127.0.0.1:1/x', 'postgres://b:two@127.0.0.1:2/y', options, null, () => {})).rejects.toThrow(
      '--citus and --db: give both servers one password',
    );
  });
});
