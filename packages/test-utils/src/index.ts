export { makeTempDir, writeFiles } from './temp-dir.js';
export {
  describeEachDatabase,
  describeOnPostgres,
  testDatabases,
  createTestDatabase,
  type TestDatabase,
} from './test-databases.js';
