import { spawnSync } from 'node:child_process';
import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTempDir, writeFiles } from '@hcdm/test-utils';
import { MAIN } from '../hcdm-process.test-utils.js';

/** A folder with `hcdm` on a PATH of its own (the built bundle), as the script's saved-name lookup runs it. */
function folderWithHcdm(files: Record<string, string> = {}): { dir: string; path: string } {
  const dir = makeTempDir('hcdm-completion-');
  const [bin] = writeFiles(dir, { 'bin/hcdm': `#!/bin/sh\nexec "${process.execPath}" "${MAIN}" "$@"\n`, ...files });
  chmodSync(bin!, 0o755);
  return { dir, path: `${join(dir, 'bin')}:/usr/bin:/bin` };
}

/**
 * Sources `hcdm completion bash` in a fresh bash, finds the function `complete -p hcdm` names,
 * and calls it as bash would for the command line `words` (the cursor at the end of the last).
 */
function bash(folder: { dir: string; path: string }, script: string): { stdout: string; stderr: string; status: number | null } {
  const result = spawnSync('bash', ['--norc', '--noprofile', '-c', `source <(hcdm completion bash) || exit 9\n${script}`], {
    cwd: folder.dir,
    env: { PATH: folder.path, HOME: folder.dir },
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

function completions(folder: { dir: string; path: string }, words: string[]): string[] {
  const quoted = words.map((word) => `'${word}'`).join(' ');
  const run = bash(
    folder,
    `fn=$(complete -p hcdm | sed -E 's/.*-F ([^ ]+).*/\\1/')
COMP_WORDS=(${quoted}); COMP_CWORD=${words.length - 1}; COMP_LINE="${words.join(' ')}"; COMP_POINT=\${#COMP_LINE}
"$fn"
printf '%s\\n' "\${COMPREPLY[@]}"`,
  );
  expect(run.stderr).toBe('');
  return run.stdout.split('\n').filter((line) => line !== '').sort();
}

describe('hcdm completion bash', () => {
  const folder = () => folderWithHcdm();

  it('registers a completion function for hcdm', () => {
    const run = bash(folder(), 'complete -p hcdm');
    expect(run).toEqual({ stdout: 'complete -F _hcdm_completion hcdm\n', stderr: '', status: 0 });
  });

  it('completes the subcommands and the program options', () => {
    const at = folder();
    expect(completions(at, ['hcdm', 'qu'])).toEqual(['query']);
    expect(completions(at, ['hcdm', 's'])).toEqual(['sample', 'sql', 'start']);
    expect(completions(at, ['hcdm', 'c'])).toEqual(['check', 'completion']);
    expect(completions(at, ['hcdm', '--ver'])).toEqual(['--version']);
  });

  it("completes the command language's words after query, past --db and its value", () => {
    const at = folder();
    expect(completions(at, ['hcdm', 'query', 'sh'])).toEqual(['show']);
    expect(completions(at, ['hcdm', 'query', 'show', 'top', '5', 'leads', 'by', 'ca'])).toEqual(['call', 'callers', 'calls']);
    expect(completions(at, ['hcdm', '--db', 'crm.sqlite', 'query', 'show', 'unr'])).toEqual(['unreached', 'unreturned']);
  });

  it("completes a subcommand's options and their values", () => {
    const at = folder();
    expect(completions(at, ['hcdm', 'query', '--fo'])).toEqual(['--format']);
    expect(completions(at, ['hcdm', 'query', '--format', 'n'])).toEqual(['ndjson']);
    expect(completions(at, ['hcdm', 'import', '--kind', 'c'])).toEqual(['calls', 'customers']);
    expect(completions(at, ['hcdm', 'check', '--max'])).toEqual(['--max-rows']);
    expect(completions(at, ['hcdm', 'sql', '--sch'])).toEqual(['--schema']);
    expect(completions(at, ['hcdm', 'completion', 'z'])).toEqual(['zsh']);
  });

  it('completes files after import and --db, and nothing after an option whose value is free', () => {
    const at = folderWithHcdm({ 'exports/calls.csv': 'call_id\n', 'crm.sqlite': '' });
    expect(completions(at, ['hcdm', 'import', 'ex'])).toEqual(['exports']);
    expect(completions(at, ['hcdm', '--db', 'crm'])).toEqual(['crm.sqlite']);
    expect(completions(at, ['hcdm', 'query', '--tz', ''])).toEqual([]);
  });

  it("completes the names of the current folder's saved commands after run and check", () => {
    const at = folderWithHcdm({ 'hcdm.config.json': JSON.stringify({ commands: { weekly: 'show hot leads', 'missed-today': 'show missed calls' } }) });
    expect(completions(at, ['hcdm', 'run', ''])).toEqual(['missed-today', 'weekly']);
    // check takes a command too: the language's `week` (show calls by week) beside the saved `weekly`.
    expect(completions(at, ['hcdm', 'check', 'we'])).toEqual(['week', 'weekly']);
  });
});
