export { makeTempDir, writeFiles } from './temp-dir.js';
export {
  describeEachDatabase,
  describeOnPostgres,
  testDatabases,
  createTestDatabase,
  type TestDatabase,
  type EngineOptions,
} from './test-databases.js';
