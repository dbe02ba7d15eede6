import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFiles } from '@hcdm/test-utils';
import { runCli } from '../hcdm-process.test-utils.js';
import { parseMarkdown } from '../output/markdown.test-utils.js';
import { SOURCES_FIXTURE } from '../sources-fixture.test-utils.js';

// The built bundle on the sources fixture; every figure is worked out in sources-fixture.test-utils.ts.
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'hcdm-cli-sources-'));
  writeFiles(join(dir, 'exports'), SOURCES_FIXTURE);
  expect(runCli(dir, ['import', 'exports']).status).toEqual(0);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('hcdm query: sources and the lead funnel', () => {
  it('prints sources as JSON with camelCase keys, the row without a source as null', () => {
    const run = runCli(dir, ['query', 'show sources by leads', '--format', 'json']);
    expect([run.status, run.stderr]).toEqual([0, '']);
    expect(JSON.parse(run.stdout)).toEqual([
      { source: 'website', leads: 4, calls: 3, sms: 1, engagement: 4, medianSeconds: 7200, reachedShare: 0.75, won: 1, conversion: 0.25 },
      { source: 'referral', leads: 2, calls: 2, sms: 1, engagement: 3, medianSeconds: 3600, reachedShare: 0.5, won: 1, conversion: 0.5 },
      { source: 'walk-in', leads: 1, calls: 1, sms: 0, engagement: 1, medianSeconds: 1800, reachedShare: 1, won: 0, conversion: 0 },
      { source: null, leads: 1, calls: 0, sms: 1, engagement: 1, medianSeconds: 600, reachedShare: 1, won: 0, conversion: 0 },
    ]);
  });

  it('prints the sources of one location, read from the data though the precomputed figures are current', () => {
    const run = runCli(dir, ['query', 'show sources by leads for location pune', '--format', 'json']);
    expect([run.status, run.stderr]).toEqual([0, '']);
    // Pune (P2): referral L3 (won, S1 +3600 s; K3, S1) and L4 (never; K4); website L6 (K5 +86400 s) and L8
    // (won, never; S3); walk-in L7 (K6 +1800 s); L5, the lead without a source, is in Mumbai.
    expect(JSON.parse(run.stdout)).toEqual([
      { source: 'referral', leads: 2, calls: 2, sms: 1, engagement: 3, medianSeconds: 3600, reachedShare: 0.5, won: 1, conversion: 0.5 },
      { source: 'website', leads: 2, calls: 1, sms: 1, engagement: 2, medianSeconds: 86400, reachedShare: 0.5, won: 1, conversion: 0.5 },
      { source: 'walk-in', leads: 1, calls: 1, sms: 0, engagement: 1, medianSeconds: 1800, reachedShare: 1, won: 0, conversion: 0 },
      { source: null, leads: 0, calls: 0, sms: 0, engagement: 0, medianSeconds: null, reachedShare: null, won: 0, conversion: null },
    ]);
  });

  it('prints the funnel as CSV and as a Markdown table', () => {
    const csv = runCli(dir, ['query', 'show lead funnel', '--format', 'csv']);
    expect(csv.status).toBe(0);
    expect(parse(csv.stdout)).toEqual([
      ['status', 'reached', 'share', 'leads', 'kind'],
      ['new', '8', '1', '1', 'stage'],
      ['contacted', '4', '0.5', '1', 'stage'],
      ['visit-scheduled', '3', '0.375', '0', 'stage'],
      ['negotiating', '3', '0.375', '1', 'stage'],
      ['closed-won', '2', '0.25', '2', 'won'],
      ['closed-lost', '1', '0.125', '1', 'lost'],
      ['on-hold', '1', '0.125', '1', 'other'],
      ['', '1', '0.125', '1', 'none'],
    ]);
    const md = parseMarkdown(runCli(dir, ['query', 'show lead funnel for source walk-in', '--format', 'md']).stdout);
    // walk-in: L7 alone, without a status: it entered at new and reached nothing more.
    expect(md.headings).toEqual(['## Lead funnel for source walk-in (all time)']);
    expect(md.tables[0]?.rows).toEqual([
      ['new', '1', '1', '0', 'stage'],
      ['contacted', '0', '0', '0', 'stage'],
      ['visit-scheduled', '0', '0', '0', 'stage'],
      ['negotiating', '0', '0', '0', 'stage'],
      ['closed-won', '0', '0', '0', 'won'],
      ['closed-lost', '0', '0', '0', 'lost'],
      ['', '1', '1', '1', 'none'],
    ]);
  });

  it('refuses an unknown source and a bad N in one line, exit status 1', () => {
    const unknown = runCli(dir, ['query', 'show lead funnel for source webiste']);
    expect([unknown.status, unknown.stdout, unknown.stderr]).toEqual([1, '', 'error: no lead has source "webiste" (sources: Website, referral, walk-in, website)\n']);
    const location = runCli(dir, ['query', 'show agents by calls for location Baner']);
    expect([location.status, location.stdout, location.stderr]).toEqual([1, '', 'error: no listing is in location "Baner" (locations: Mumbai, Pune)\n']);
    const zero = runCli(dir, ['query', 'show top 0 sources by leads']);
    expect([zero.status, zero.stderr]).toEqual([1, 'error: invalid command "show top 0 sources by leads": N: needs a whole number above 0 (0)\n']);
  });

  it("refuses a config file's bad leadStatuses in one line naming the file and the key, exit status 1", () => {
    const config = join(dir, 'bad.config.json');
    writeFileSync(config, JSON.stringify({ leadStatuses: { stages: ['new', 'closed-won'], lost: ['new'] } }));
    const run = runCli(dir, ['query', 'show lead funnel', '--config', config]);
    expect([run.status, run.stdout, run.stderr]).toEqual([1, '', `error: ${config}: leadStatuses.lost: must not be stages: a lost lead is outside the funnel's order (new)\n`]);
  });
});
