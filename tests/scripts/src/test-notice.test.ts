import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SCRIPT = fileURLToPath(new URL('../../../scripts/test-notice.mjs', import.meta.url));

const POSTGRES_LINE =
  'PostgreSQL tests are skipped: HCDM_TEST_POSTGRES_URL is not set. To run them too: ' +
  'HCDM_TEST_POSTGRES_URL=$(bash scripts/postgres-test-cluster.sh start) pnpm test';
const CITUS_LINE =
  'Citus tests are skipped: HCDM_TEST_CITUS_URL is not set. To run them too: HCDM_TEST_CITUS_URL=$(' +
  'CITUS_DIR=/tmp/hcdm-citus CITUS_COORD_PORT=9700 CITUS_WORKER1_PORT=9701 CITUS_WORKER2_PORT=9702 CITUS_DB=hcdm ' +
  'sh <shared/citus>/cluster.sh start) pnpm test';

function run(env: Record<string, string>): string {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => key !== 'HCDM_TEST_POSTGRES_URL' && key !== 'HCDM_TEST_CITUS_URL'),
  );
  const result = spawnSync(process.execPath, [SCRIPT], { env: { ...inherited, ...env }, encoding: 'utf8' });
  expect(result.status).toBe(0);
  return result.stdout;
}

describe('scripts/test-notice.mjs, run once by pnpm test', () => {
  it('says once why the PostgreSQL and the Citus tests are skipped and how to run them', () => {
    expect(run({})).toBe(`${POSTGRES_LINE}\n${CITUS_LINE}\n`);
    expect(run({ HCDM_TEST_POSTGRES_URL: '  ', HCDM_TEST_CITUS_URL: '' })).toBe(`${POSTGRES_LINE}\n${CITUS_LINE}\n`);
  });

  it('names only the engine that is left out', () => {
    expect(run({ HCDM_TEST_POSTGRES_URL: 'postgres://hcdm@127.0.0.1:5432/hcdm' })).toBe(`${CITUS_LINE}\n`);
    expect(run({ HCDM_TEST_CITUS_URL: 'postgres://postgres@127.0.0.1:9700/hcdm' })).toBe(`${POSTGRES_LINE}\n`);
  });

  it('says nothing when both run', () => {
    expect(run({ HCDM_TEST_POSTGRES_URL: 'postgres://hcdm@127.0.0.1:5432/hcdm', HCDM_TEST_CITUS_URL: 'postgres://postgres@127.0.0.1:9700/hcdm' })).toBe('');
  });
});
