import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SCRIPT = fileURLToPath(new URL('../../../scripts/test-notice.mjs', import.meta.url));

function run(env: Record<string, string>): string {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => key !== 'HCDM_TEST_POSTGRES_URL'));
  const result = spawnSync(process.execPath, [SCRIPT], { env: { ...inherited, ...env }, encoding: 'utf8' });
  expect(result.status).toBe(0);
  return result.stdout;
}

describe('scripts/test-notice.mjs, run once by pnpm test', () => {
  it('says once why the PostgreSQL tests are skipped and how to run them', () => {
    expect(run({})).toBe(
      'PostgreSQL tests are skipped: HCDM_TEST_POSTGRES_URL is not set. To run them too: ' +
        'HCDM_TEST_POSTGRES_URL=$(bash scripts/postgres-test-cluster.sh start) pnpm test\n',
    );
    expect(run({ HCDM_TEST_POSTGRES_URL: '  ' })).toMatch(/^PostgreSQL tests are skipped/);
  });

  it('says nothing when they run', () => {
    expect(run({ HCDM_TEST_POSTGRES_URL: 'postgres://hcdm@127.0.0.1:5432/hcdm' })).toBe('');
  });
});
