// hcdm as a library: what another program needs to open a database, import into it and ask it.
export { openDatabase, HcdmDatabase, type OpenDatabaseOptions } from './hcdm-database.js';
export { readConfigFile, CONFIG_FILE_NAME, type HcdmConfigFile } from './config/config-file.loader.js';
export { InvalidConfigError } from '@hcdm/analyses';
export { hcdmEntities, hcdmMigrations } from '@hcdm/schema';
export {
  resultToJson,
  UnknownCommandError,
  InvalidCommandError,
  type QueryResult,
  type QueryColumn,
  type QueryRow,
  type QueryValue,
  type QueryShape,
  type QuerySection,
  type ListResult,
  type SummaryResult,
  type HeatmapResult,
  type SectionsResult,
  type QueryJson,
} from '@hcdm/query';
export {
  resolveImportFiles,
  formatRowProblem,
  ImportRejectedError,
  ImportFileError,
  RECORD_KINDS,
  type RecordKind,
  type KindCounts,
  type RowProblem,
  type ImportProgress,
  type ImportOptions,
  type ImportSummary,
} from '@hcdm/import';
export { WEEKDAYS, DEFAULT_TIMELINE_LIMIT, type Weekday, type TierThresholds } from '@hcdm/analyses';
export { HcdmError, type HcdmErrorCode, type HcdmSettings } from '@hcdm/core';
