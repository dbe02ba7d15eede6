import { spawnSync } from 'node:child_process';
import { chmodSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir, writeFiles } from '@hcdm/test-utils';
import { MAIN, runCli } from '../hcdm-process.test-utils.js';

let folder = '';
afterEach(() => {
  if (folder !== '') chmodSync(folder, 0o755); // so the temp folder can be removed
});

/**
 * Runs hcdm as a user who may read the folder but not write it. Root may write anywhere, so as
 * root the run keeps its user but drops the capabilities that override file modes (setpriv):
 * the modes then hold for it as for anyone. Not as `nobody`: a checkout under a private folder
 * (mktemp -d makes it 0700) is out of nobody's reach, hcdm's own files with it.
 */
function runAsReader(cwd: string, args: string[], input = ''): { stdout: string; stderr: string; status: number | null } {
  const withoutOverride = process.getuid?.() === 0 ? ['setpriv', '--bounding-set=-dac_override,-dac_read_search', '--'] : [];
  const [command, ...rest] = [...withoutOverride, process.execPath, MAIN, ...args];
  const result = spawnSync(command!, rest, { cwd, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', HOME: cwd } });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

describe('queries on a database in a read-only folder', () => {
  it('answer, and leave the folder as it was (no -wal or -shm files)', () => {
    const dir = makeTempDir();
    writeFiles(join(dir, 'exports'), {
      'customers.csv': 'customer_id,name,phone\nC1,Asha Rao,9800000001\n',
      'calls.csv': 'call_id,customer_id,timestamp,duration\nK1,C1,2026-03-01T10:00:00Z,60\n',
    });
    folder = join(dir, 'shared');
    expect(runCli(dir, ['import', 'exports', '--db', 'shared/crm.sqlite']).status).toBe(0);
    // Read-only for its owner too: the reader below may be root, owner of the file.
    chmodSync(join(folder, 'crm.sqlite'), 0o444);
    chmodSync(folder, 0o555);
    chmodSync(dir, 0o755);
    const before = statSync(join(folder, 'crm.sqlite')).mtimeMs;

    const query = runAsReader(dir, ['query', 'show customer activity summary for C1', '--format', 'json', '--db', 'shared/crm.sqlite']);
    expect(query).toMatchObject({ stderr: '', status: 0 });
    expect(JSON.parse(query.stdout)).toMatchObject({ customerId: 'C1', calls: 1, callSeconds: 60 });
    const session = runAsReader(dir, ['--db', 'shared/crm.sqlite', '--format', 'csv'], 'show top 1 leads by call volume\n');
    expect(session).toMatchObject({ stderr: '', status: 0 });

    expect(readdirSync(folder)).toEqual(['crm.sqlite']);
    expect(statSync(join(folder, 'crm.sqlite')).mtimeMs).toBe(before);
  });
});
