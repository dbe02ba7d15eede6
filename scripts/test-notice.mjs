// Printed once by `pnpm test`, before the packages' suites: why the PostgreSQL half of them is
// skipped, which each suite only lists (turbo shows hundreds of "skipped" and no reason).
import { pathToFileURL } from 'node:url';

export const POSTGRES_URL_VARIABLE = 'HCDM_TEST_POSTGRES_URL';

/** The notice for this environment, or null when the PostgreSQL tests will run. */
export function testNotice(env) {
  if ((env[POSTGRES_URL_VARIABLE] ?? '').trim() !== '') return null;
  return (
    `PostgreSQL tests are skipped: ${POSTGRES_URL_VARIABLE} is not set. To run them too: ` +
    `${POSTGRES_URL_VARIABLE}=$(bash scripts/postgres-test-cluster.sh start) pnpm test`
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const notice = testNotice(process.env);
  if (notice !== null) process.stdout.write(`${notice}\n`);
}
