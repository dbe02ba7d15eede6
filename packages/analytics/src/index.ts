// hcdm as a library: open a database, import into it, ask it in the command language.
export { HcdmDatabase, openDatabase, type OpenDatabaseOptions } from './hcdm-database.js';
export { CONFIG_FILE_NAME } from './config/config-file.loader.js';
export { readSavedCommands } from './config/database-config.js';
export type { SavedCommands } from './config/saved-commands.js';
export type { HcdmSettings } from '@hcdm/core';
export type { ScoringConfig, ScoringOverrides, TierThresholds } from '@hcdm/analyses';
export type { LeadStatusesConfig, LeadStatusesOverrides } from '@hcdm/analyses';
export { FILTER_DIMENSIONS, type FilterDimension, type FilterValues, type RecordFilter } from '@hcdm/analyses';

// Merging duplicate customers (`db.merge`, `db.unmerge`): what moved.
export type { CustomerMerge } from '@hcdm/identity';

// Read-only SQL over the same database (`db.sql`).
export type { SqlResult, SqlRow, SqlValue } from './sql/sql-result.types.js';
export { SqlError } from './sql/sql.errors.js';

// The command language: a query built as data and written as the command `db.query` takes.
export { answerWithoutData, commandWords, formatCommand, type Query } from '@hcdm/query';

// What a query answers.
export {
  resultToJson,
  type BarsAxes,
  type BarsResult,
  type HeatmapResult,
  type ListResult,
  type QueryColumn,
  type QueryJson,
  type QueryResult,
  type QueryRow,
  type QuerySection,
  type QueryShape,
  type QueryValue,
  type SectionsResult,
  type SummaryResult,
} from '@hcdm/query';
export { DEFAULT_TIMELINE_LIMIT, WEEKDAYS, type Weekday } from '@hcdm/analyses';

// What an import takes and reports.
export {
  formatRowProblem,
  RECORD_KINDS,
  resolveImportFiles,
  type ColumnMapping,
  type ImportOptions,
  type ImportProgress,
  type ImportSummary,
  type KindCounts,
  type RecordKind,
  type RowProblem,
  type UnknownNumbers,
} from '@hcdm/import';

// The schema, for a program's own TypeORM DataSource.
export { hcdmEntities, hcdmMigrations } from '@hcdm/schema';

// Errors.
export { HcdmError, type HcdmErrorCode } from '@hcdm/core';
export { InvalidConfigError } from '@hcdm/analyses';
export { InvalidCommandError, UnknownCommandError } from '@hcdm/query';
export { ImportFileError, ImportRejectedError } from '@hcdm/import';
