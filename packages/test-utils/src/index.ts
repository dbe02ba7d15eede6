export { makeTempDir, writeFiles } from './temp-dir.js';
export {
  describeEachDatabase,
  describeOnPostgres,
  describeOnCitus,
  testDatabases,
  createTestDatabase,
  type TestDatabase,
  type EngineOptions,
} from './test-databases.js';
