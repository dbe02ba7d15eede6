export { makeTempDir, writeFiles } from './temp-dir.js';
export {
  describeEachDatabase,
  describeOnPostgres,
  testDatabases,
  currentTestDatabase,
  createTestDatabase,
  POSTGRES_URL_VARIABLE,
  POSTGRES_SKIP_REASON,
  type TestDatabase,
  type TestDatabaseName,
} from './test-databases.js';
