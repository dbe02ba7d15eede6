import { describe, expect, it } from 'vitest';
import { makeTempDir } from '@hcdm/test-utils';
import { runCli } from '../hcdm-process.test-utils.js';

// bash is the shell this machine runs (bash.completion.test.ts sources that script); for zsh and
// fish these check that every subcommand, option and word made it into the script.
const SUBCOMMANDS = ['query', 'sql', 'run', 'check', 'import', 'sample', 'repl', 'menu', 'start', 'completion'];

describe('hcdm completion', () => {
  it('writes a zsh function over _arguments with every subcommand, option and word', () => {
    const run = runCli(makeTempDir(), ['completion', 'zsh']);
    expect(run).toMatchObject({ stderr: '', status: 0 });
    expect(run.stdout.split('\n')[0]).toBe('#compdef hcdm');
    for (const name of SUBCOMMANDS) expect(run.stdout).toMatch(new RegExp(`^    '${name}:`, 'm'));
    expect(run.stdout).toContain("'--format[output format (md: a GitHub Markdown table)]:value:(table json csv ndjson md)'");
    expect(run.stdout).toMatch(/^ {2}words=\( show top leads by call volume .* heatmap in day week month sources conversion funnel outcomes agents talk time agent help from last days source location and compared previous period \)$/m);
    expect(run.stdout).toContain('compdef _hcdm hcdm');
  });

  it('writes fish complete lines for every subcommand, option and word', () => {
    const run = runCli(makeTempDir(), ['completion', 'fish']);
    expect(run).toMatchObject({ stderr: '', status: 0 });
    for (const name of SUBCOMMANDS) expect(run.stdout).toContain(` -a ${name} -d '`);
    expect(run.stdout).toContain("complete -c hcdm -n '__fish_seen_subcommand_from import' -l kind -x -a 'customers listings tracking_numbers leads calls sms'");
    expect(run.stdout).toMatch(/^complete -c hcdm -n '__fish_seen_subcommand_from query' -a 'show top leads by call volume .* period'$/m);
  });

  it('refuses a shell it does not know, status 1', () => {
    const run = runCli(makeTempDir(), ['completion', 'tcsh']);
    expect(run).toMatchObject({ stdout: '', status: 1 });
    expect(run.stderr).toBe("error: command-argument value 'tcsh' is invalid for argument 'shell'. Allowed choices are bash, zsh, fish.\n");
  });
});
