// Printed once by `pnpm test`, before the packages' suites: why the PostgreSQL and Citus halves of
// them are skipped, which each suite only lists (turbo shows hundreds of "skipped" and no reason).
import { pathToFileURL } from 'node:url';

export const POSTGRES_URL_VARIABLE = 'HCDM_TEST_POSTGRES_URL';
export const CITUS_URL_VARIABLE = 'HCDM_TEST_CITUS_URL';

const CITUS_START =
  'CITUS_DIR=/tmp/hcdm-citus CITUS_COORD_PORT=9700 CITUS_WORKER1_PORT=9701 CITUS_WORKER2_PORT=9702 CITUS_DB=hcdm sh <shared/citus>/cluster.sh start';

function unset(env, variable) {
  return (env[variable] ?? '').trim() === '';
}

/** The notice for this environment (one line per engine left out), or null when every engine's tests will run. */
export function testNotice(env) {
  const lines = [];
  if (unset(env, POSTGRES_URL_VARIABLE)) {
    lines.push(
      `PostgreSQL tests are skipped: ${POSTGRES_URL_VARIABLE} is not set. To run them too: ` +
        `${POSTGRES_URL_VARIABLE}=$(bash scripts/postgres-test-cluster.sh start) pnpm test`,
    );
  }
  if (unset(env, CITUS_URL_VARIABLE)) {
    lines.push(`Citus tests are skipped: ${CITUS_URL_VARIABLE} is not set. To run them too: ${CITUS_URL_VARIABLE}=$(${CITUS_START}) pnpm test`);
  }
  return lines.length === 0 ? null : lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const notice = testNotice(process.env);
  if (notice !== null) process.stdout.write(`${notice}\n`);
}
