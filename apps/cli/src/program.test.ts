import { describe, expect, it } from 'vitest';
import { makeTempDir } from '@hcdm/test-utils';
import { runCli } from './hcdm-process.test-utils.js';

describe('hcdm program', () => {
  it('prints its version', () => {
    expect(runCli(makeTempDir(), ['--version'])).toEqual({ stdout: '0.1.0\n', stderr: '', status: 0 });
  });

  it('suggests the closest subcommand for a mistyped one, status 1', () => {
    expect(runCli(makeTempDir(), ['quary', 'help'])).toEqual({
      stdout: '',
      stderr: "error: unknown command 'quary' (Did you mean query?)\n",
      status: 1,
    });
  });

  it('documents exit statuses and examples in --help, and global options in every command\'s help', () => {
    const help = runCli(makeTempDir(), ['--help']);
    expect(help.status).toEqual(0);
    expect(help.stdout).toContain('Exit status:\n  0  success\n  1  bad input or usage');
    expect(help.stdout).toContain('$ hcdm query "show top 5 leads by call volume"');
    const queryHelp = runCli(makeTempDir(), ['query', '--help']).stdout;
    expect(queryHelp).toContain('Global Options:\n  --db <path>');
    expect(queryHelp).toContain('$ hcdm query help');
  });
});
