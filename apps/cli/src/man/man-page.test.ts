import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { makeTempDir } from '@hcdm/test-utils';
import { runCli } from '../hcdm-process.test-utils.js';

/** The page as groff's man macros lay it out in plain text, and what groff warned about it (every warning on). */
function render(page: string): { text: string; warnings: string } {
  const result = spawnSync('groff', ['-man', '-Tascii', '-ww', '-P-cbou'], { input: page, encoding: 'utf8', env: { ...process.env, MANWIDTH: '80' } });
  expect(result.error).toBeUndefined();
  return { text: result.stdout, warnings: result.stderr };
}

describe('hcdm man', () => {
  it('is a man page groff reads without a warning, with the help of the program and of every command', () => {
    const run = runCli(makeTempDir(), ['man']);
    expect(run).toMatchObject({ stderr: '', status: 0 });
    expect(run.stdout.split('\n')[0]).toMatch(/^\.TH HCDM 1 "" "hcdm \d+\.\d+\.\d+" "User Commands"$/);
    const { text, warnings } = render(run.stdout);
    expect(warnings).toBe('');
    const lines = text.split('\n').map((line) => line.trim());
    // groff fills and justifies NAME, so its spaces vary.
    expect(text.replace(/\s+/g, ' ')).toContain('NAME hcdm - the Hybrid Customer Database Manager. Calls, SMS, leads and listings in one database. SYNOPSIS');
    for (const section of ['NAME', 'SYNOPSIS', 'DESCRIPTION', 'COMMANDS', 'SEE ALSO']) expect(lines).toContain(section);
    for (const usage of ['hcdm query [options] <command...>', 'hcdm sql [options] [statement...]', 'hcdm check [options] <command...>', 'hcdm completion [options] <shell>']) {
      expect(lines).toContain(`Usage: ${usage}`);
    }
    // The epilog of --help, and an option with dashes, come through as typed.
    expect(lines).toContain('3  hcdm check: the result has more rows than --max-rows');
    expect(lines.some((line) => line.startsWith('--max-rows <n>'))).toBe(true);
  });
});
