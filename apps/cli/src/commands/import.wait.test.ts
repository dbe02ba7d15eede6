import { spawn } from 'node:child_process';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir, writeFiles } from '@hcdm/test-utils';
import { MAIN, runCli } from '../hcdm-process.test-utils.js';

const CUSTOMERS = { 'customers.csv': 'customer_id,name,phone\nC1,Asha Rao,9800000001\n' };
const WAITING = 'waiting for another import to finish writing to the database';

let holder: Database.Database | undefined;
afterEach(() => holder?.close());

/** A database made by hcdm, and another writer (as an import would be) holding its write lock. */
function databaseBeingWritten(): string {
  const dir = makeTempDir();
  writeFiles(join(dir, 'first'), CUSTOMERS);
  writeFiles(join(dir, 'second'), { 'customers.csv': 'customer_id,name,phone\nC2,Bala Nair,9800000002\n' });
  expect(runCli(dir, ['import', 'first', '--db', 'crm.sqlite']).status).toBe(0);
  holder = new Database(join(dir, 'crm.sqlite'));
  holder.exec('BEGIN IMMEDIATE');
  return dir;
}

/** Runs hcdm; `onStderr` sees stderr as it grows. */
function runAsync(cwd: string, args: string[], onStderr: (text: string) => void): Promise<{ stdout: string; stderr: string; status: number | null }> {
  const child = spawn(process.execPath, [MAIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => onStderr((stderr += chunk.toString())));
  return new Promise((resolve) => child.on('close', (status) => resolve({ stdout, stderr, status })));
}

describe('hcdm import while another import writes', () => {
  it('says it is waiting, then imports when the other commits', async () => {
    const dir = databaseBeingWritten();
    const run = await runAsync(dir, ['import', 'second', '--db', 'crm.sqlite'], (stderr) => {
      if (stderr.includes(WAITING) && holder?.inTransaction) holder.exec('COMMIT');
    });
    expect(run.stderr).toBe(`${WAITING}, until it finishes (--wait SECONDS sets a limit)\n`);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/customers\s+\|\s+1\s+\|/);
  });

  it('with --wait gives up after that long, status 2, writing nothing', async () => {
    const dir = databaseBeingWritten();
    const run = await runAsync(dir, ['import', 'second', '--db', 'crm.sqlite', '--wait', '0.5'], () => undefined);
    expect(run).toEqual({
      stdout: '',
      stderr: `${WAITING}, up to 0.5 s\nerror: crm.sqlite: is busy: another import was still writing to it after 0.5 s of waiting\n`,
      status: 2,
    });
    holder?.exec('ROLLBACK');
    expect(holder?.prepare('SELECT customer_id FROM customers').pluck().all()).toEqual(['C1']);
  });

  it('refuses a --wait that is not a number of seconds, status 1', () => {
    const run = runCli(makeTempDir(), ['import', 'x.csv', '--wait', 'soon']);
    expect(run).toMatchObject({ stdout: '', status: 1 });
    expect(run.stderr).toBe("error: option '--wait <seconds>' argument 'soon' is invalid. needs a number of seconds, 0 or more\n");
  });
});
