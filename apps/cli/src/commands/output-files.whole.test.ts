import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTempDir, writeFiles } from '@hcdm/test-utils';
import { MAIN, runCli } from '../hcdm-process.test-utils.js';

/**
 * Runs hcdm with a file size limit of `kib` KiB (SIGXFSZ ignored, as a full disk stops a write
 * part way: the write fails with EFBIG once the limit is reached, after writing what fitted).
 */
function runLimited(cwd: string, kib: number, args: string[], input = ''): { stdout: string; stderr: string; status: number | null } {
  const quoted = [process.execPath, MAIN, ...args].map((word) => `'${word.replaceAll("'", "'\\''")}'`).join(' ');
  const result = spawnSync('bash', ['-c', `trap '' XFSZ; ulimit -f ${kib}; exec ${quoted}`], { cwd, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

describe('files hcdm writes are whole or not there when a write fails part way', () => {
  it('query --out: the old file stays as it was, no temporary file is left, the error names the file', () => {
    const dir = makeTempDir();
    writeFileSync(join(dir, 'out.json'), 'old\n');
    // help's JSON is some 4.7 KB: past a 2 KiB limit.
    expect(runLimited(dir, 2, ['query', 'help', '--format', 'json', '--out', 'out.json'])).toEqual({
      stdout: '',
      stderr: 'error: out.json: is too large: the file size limit (ulimit -f) is reached\n',
      status: 2,
    });
    expect(readdirSync(dir)).toEqual(['out.json']);
    expect(readFileSync(join(dir, 'out.json'), 'utf8')).toBe('old\n');
  });

  it('sample --out: the files before the one that failed are whole, that one is not there', () => {
    const dir = makeTempDir();
    expect(runCli(dir, ['sample', '--out', 'whole', '--quiet']).status).toBe(0);
    // customers, listings and leads (12, 3 and 25 KB) fit in 48 KiB; calls (195 KB) does not.
    const run = runLimited(dir, 48, ['sample', '--out', 'cut', '--quiet']);
    expect(run).toMatchObject({ stderr: `error: ${join(dir, 'cut', 'calls.csv')}: is too large: the file size limit (ulimit -f) is reached\n`, status: 2 });
    expect(readdirSync(join(dir, 'cut'))).toEqual(['customers.csv', 'leads.csv', 'listings.csv']);
    for (const name of ['customers.csv', 'leads.csv', 'listings.csv']) {
      expect(readFileSync(join(dir, 'cut', name), 'utf8')).toBe(readFileSync(join(dir, 'whole', name), 'utf8'));
    }
  });

  it('a session appending to --out: the file holds whole results only', () => {
    const dir = makeTempDir();
    writeFiles(join(dir, 'exports'), { 'customers.csv': 'customer_id,name,phone\nC1,Asha Rao,9800000001\n' });
    expect(runCli(dir, ['import', 'exports', '--db', 'crm.sqlite']).status).toBe(0);
    const help = runCli(dir, ['query', 'help', '--format', 'csv']).stdout;
    // 20 results of some 3.4 KB into a 48 KiB limit (SQLite's 32 KiB -shm file fits under it too).
    runLimited(dir, 48, ['--db', 'crm.sqlite', '--format', 'csv', '--out', 'session.csv'], 'help\n'.repeat(20));
    const written = readFileSync(join(dir, 'session.csv'), 'utf8');
    const results = written.length / help.length;
    expect(Number.isInteger(results) && results >= 1 && results < 20).toBe(true);
    expect(written).toBe(help.repeat(results));
  });
});
