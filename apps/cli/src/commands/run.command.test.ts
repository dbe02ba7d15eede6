import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTempDir, writeFiles } from '@hcdm/test-utils';
import { FIXTURE, TOP_LEADS_TABLE } from '../fixtures.test-utils.js';
import { runCli } from '../hcdm-process.test-utils.js';

/** A folder with the fixture imported into crm.sqlite, and `config` (if any) as the hcdm.config.json beside it. */
function folderWith(config?: object): string {
  const dir = makeTempDir('hcdm-cli-run-');
  writeFiles(join(dir, 'exports'), FIXTURE);
  expect(runCli(dir, ['import', 'exports', '--db', 'crm.sqlite']).status).toBe(0);
  if (config !== undefined) writeFiles(dir, { 'hcdm.config.json': JSON.stringify(config) });
  return dir;
}

const SAVED = { commands: { top: 'show top 5 leads by call volume', c1: 'show customer activity summary for C1' } };

describe('hcdm run', () => {
  it('runs a saved command as hcdm query runs its text', () => {
    const dir = folderWith(SAVED);
    expect(runCli(dir, ['run', 'top', '--db', 'crm.sqlite'])).toEqual({ stdout: TOP_LEADS_TABLE, stderr: '', status: 0 });
    // C1: K1, K2, K3 (60 + 120 + 30 s) and S3.
    const summary = runCli(dir, ['run', 'c1', '--format', 'json', '--db', 'crm.sqlite']);
    expect(JSON.parse(summary.stdout)).toMatchObject({ customerId: 'C1', calls: 3, callSeconds: 210, sms: 1 });
  });

  it('lists the saved commands without a name, in any format, with no database needed', () => {
    const dir = makeTempDir('hcdm-cli-run-');
    writeFiles(dir, { 'hcdm.config.json': JSON.stringify(SAVED) });
    const run = runCli(dir, ['run', '--format', 'json']);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([
      { name: 'top', command: 'show top 5 leads by call volume' },
      { name: 'c1', command: 'show customer activity summary for C1' },
    ]);
  });

  it('says there are none, status 0, when no command is saved', () => {
    const run = runCli(makeTempDir(), ['run']);
    expect(run).toMatchObject({ stdout: '', status: 0 });
    expect(run.stderr).toMatch(/^no saved commands \(no hcdm\.config\.json\): add them as "commands": /);
  });

  it('refuses a name that is not saved, listing those that are, status 1', () => {
    const dir = folderWith(SAVED);
    expect(runCli(dir, ['run', 'weekly', '--db', 'crm.sqlite'])).toEqual({
      stdout: '',
      stderr: 'error: no saved command "weekly" in hcdm.config.json (saved: top, c1)\n',
      status: 1,
    });
  });

  it('reads the saved commands of --config FILE', () => {
    const dir = folderWith();
    writeFiles(dir, { 'elsewhere/team.json': JSON.stringify(SAVED) });
    expect(runCli(dir, ['run', 'top', '--db', 'crm.sqlite', '--config', 'elsewhere/team.json']).stdout).toBe(TOP_LEADS_TABLE);
  });

  it('refuses a config whose saved command is not one, naming the file and the key, status 1', () => {
    const dir = folderWith({ commands: { top: 'show top 5 leads by call volume', bad: 'show top leeds' } });
    const run = runCli(dir, ['run', 'top', '--db', 'crm.sqlite']);
    expect(run).toMatchObject({ stdout: '', status: 1 });
    expect(run.stderr).toMatch(/^error: hcdm\.config\.json: commands\.bad: is not a command: unknown command "show top leeds"/);
    expect(run.stderr.split('\n')).toHaveLength(2);
  });
});
