import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTempDir } from '@hcdm/test-utils';
import { runCli } from '../hcdm-process.test-utils.js';

describe('hcdm sample', () => {
  it('writes one CSV per kind with the asked sizes, lists them, and they import cleanly', () => {
    const dir = makeTempDir('hcdm-cli-sample-');
    const run = runCli(dir, ['sample', '--out', 'ex', '--seed', '7', '--customers', '4', '--listings', '2', '--leads', '3', '--calls', '6', '--sms', '5']);
    expect(run.status).toEqual(0);
    expect(run.stderr).toEqual(`Sample written with seed 7; load it with: hcdm import ${join(dir, 'ex')}\n`);
    const rows = run.stdout.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| Kind'));
    expect(rows.map((line) => line.split('|').slice(1, 3).map((cell) => cell.trim()))).toEqual([
      ['customers', '4'],
      ['listings', '2'],
      ['leads', '3'],
      ['calls', '6'],
      ['sms', '5'],
    ]);
    // A header and one line per row.
    expect(readFileSync(join(dir, 'ex', 'calls.csv'), 'utf8').trimEnd().split('\n').length).toEqual(7);
    const imported = runCli(dir, ['import', 'ex']);
    expect(imported.status).toEqual(0);
    expect(imported.stdout).toContain('| calls     |        6 |       0 |         0 |        0 |');
  });

  it('needs --out, and whole numbers', () => {
    const dir = makeTempDir('hcdm-cli-sample-');
    expect(runCli(dir, ['sample'])).toEqual({ stdout: '', stderr: "error: required option '--out <dir>' not specified\n", status: 1 });
    expect(runCli(dir, ['sample', '--out', 'ex', '--calls', 'many'])).toEqual({
      stdout: '',
      stderr: "error: option '--calls <n>' argument 'many' is invalid. needs a whole number >= 0.\n",
      status: 1,
    });
    expect(existsSync(join(dir, 'ex'))).toEqual(false);
  });

  it('passes the sample package\'s own checks through as bad input', () => {
    const dir = makeTempDir('hcdm-cli-sample-');
    expect(runCli(dir, ['sample', '--out', 'ex', '--customers', '0'])).toEqual({
      stdout: '',
      stderr: 'error: leads: needs at least one customer (400)\n',
      status: 1,
    });
  });
});
