export { openTempDatabase, insertRows, type Fixture, type TempDatabase, type TempDatabaseOptions } from './test-database.js';
export { dumpTables, dumpDatabase } from './table-dump.js';
export { insertDirectedRows, type DirectedFixture } from './directed-fixture.js';
export { ATTRIBUTION_CASES } from './cases/attribution-cases.js';
export { SCORING_CASES } from './cases/scoring-cases.js';
export { HEATMAP_CASES, grid } from './cases/heatmap-cases.js';
export { INSIGHT_CASES } from './cases/insight-cases.js';
export { PROFILE_PEOPLE, PROFILE_CALLS, PROFILE_SMS, insertProfileRows } from './cases/profile-cases.js';
export { BASE_CSV, BASE_TABLES, BASE_OBJECTS } from './cases/import-files.js';
