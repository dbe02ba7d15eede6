import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeTempDir, writeFiles } from '@hcdm/test-utils';
import { describe, expect, it } from 'vitest';
import { runCli } from '../hcdm-process.test-utils.js';

const EXPORTS = {
  'customers.csv': 'customer_id,name,phone\nC1,Priya Sharma,+91-9876543210\nC2,Arjun Mehta,09876543211',
  'listings.csv': 'property_id,title,location,price\nP1,Sea View 2BHK,Bandra,15000000',
  'leads.csv': 'lead_id,customer_id,property_id,timestamp\nL1,C1,P1,2026-03-01T10:00:00Z\nL2,C2,P1,2026-03-02T10:00:00Z',
  'calls.csv': 'call_id,customer_id,timestamp,duration\nK1,C1,2026-03-01T11:00:00Z,60\nK2,C1,2026-03-03T11:00:00Z,30\nK3,C2,2026-03-03T12:00:00Z,90',
};
// K1 and K2 follow L1 (C1's only lead), K3 follows L2.
const TOP_LEADS = 'leadId,customerId,name,phone,propertyId,callCount\nL1,C1,Priya Sharma,+919876543210,P1,2\nL2,C2,Arjun Mehta,+919876543211,P1,1\n';

/** A database of EXPORTS, and a query of it run as the `hcdm` process with the cache in `cacheDir`. */
function setUp(): { query: (cacheDir: string) => ReturnType<typeof runCli> } {
  const dir = makeTempDir('hcdm-code-cache-');
  writeFiles(join(dir, 'exports'), EXPORTS);
  const imported = runCli(dir, ['import', 'exports', '--db', 'crm.sqlite', '--quiet'], { env: { HCDM_CACHE_DIR: join(dir, 'import-cache') } });
  expect(imported.stderr).toBe('');
  return {
    query: (cacheDir) =>
      runCli(dir, ['query', 'show top 5 leads by call volume', '--db', 'crm.sqlite', '--format', 'csv'], { env: { HCDM_CACHE_DIR: cacheDir } }),
  };
}

function cacheFiles(dir: string): string[] {
  return readdirSync(dir).filter((name) => name.endsWith('.v8cache'));
}

describe('the launcher (dist/hcdm.js) and its V8 code cache', () => {
  it('writes one cache file on the first run and reads it, unchanged, on the next', () => {
    const { query } = setUp();
    const cache = join(makeTempDir('hcdm-cache-'), 'hcdm');
    expect(query(cache)).toEqual({ stdout: TOP_LEADS, stderr: '', status: 0 });
    const [file] = cacheFiles(cache);
    expect(cacheFiles(cache)).toHaveLength(1);
    const written = readFileSync(join(cache, file!));
    expect(written.length).toBeGreaterThan(100_000);

    expect(query(cache)).toEqual({ stdout: TOP_LEADS, stderr: '', status: 0 });
    // Accepted by V8, the cache is not written again (a rejected one would be replaced).
    expect(readFileSync(join(cache, file!)).equals(written)).toBe(true);
  });

  it('replaces a cache V8 rejects, and a cache of an earlier build, with one of this build', () => {
    const { query } = setUp();
    const cache = makeTempDir('hcdm-cache-');
    expect(query(cache).status).toBe(0);
    const [file] = cacheFiles(cache);
    writeFileSync(join(cache, file!), 'not a code cache');
    writeFileSync(join(cache, 'hcdm-1-2-v20.0.0-x64.v8cache'), 'an earlier build');

    expect(query(cache)).toEqual({ stdout: TOP_LEADS, stderr: '', status: 0 });
    expect(cacheFiles(cache)).toEqual([file]);
    expect(readFileSync(join(cache, file!)).length).toBeGreaterThan(100_000);
  });

  it('runs the same without a cache where none can be written', () => {
    const { query } = setUp();
    const notAFolder = join(makeTempDir('hcdm-cache-'), 'file');
    writeFileSync(notAFolder, '');
    expect(query(join(notAFolder, 'hcdm'))).toEqual({ stdout: TOP_LEADS, stderr: '', status: 0 });
    // Node 20's recursive mkdir never returns under /proc; the launcher makes folders one by one.
    expect(query('/proc/hcdm-no-such-folder/cache')).toEqual({ stdout: TOP_LEADS, stderr: '', status: 0 });
  });
});
