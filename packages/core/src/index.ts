export { Customer } from './customer.entity.js';
export { CoreSchema1764000000001 } from './migrations/1764000000001-core-schema.js';
export { createHcdmDataSource, assertSqliteFile, type HcdmDataSourceOptions } from './data-source.js';
export { epochMsTransformer } from './epoch-ms.transformer.js';
export { HcdmError, InvalidValueError, NotFoundError, formatValue, type HcdmErrorCode } from './core.errors.js';
export { normalizePhone, tryNormalizePhone } from './phone.js';
export { parseTimestamp, formatInstant, isValidTimeZone } from './time.js';
export { resolvePeriod, describePeriod, ALL_TIME, type PeriodSpec, type TimeRange } from './period.js';
export { DEFAULT_SETTINGS } from './settings.js';
// The reading and parsing (specs, field parsers, row batches), also `@hcdm/core/parsing` alone.
export * from './parsing.js';
export { RECORD_KINDS, type RowProblem, type ImportProgress, type KindCounts } from './import/import.types.js';
export { ImportRejectedError, ImportFileError, formatRowProblem } from './import/import.errors.js';
export { formatOfPath, kindOfPath } from './import/import-file.js';
export { importKind, createDeferredIndexes, type KindImportOptions, type KindImportResult } from './import/kind.import.js';
export { sqliteOf, type SqliteDatabase } from './import/sqlite.connection.js';
export { isServerDatabase, redactDatabaseUrl, databaseLabel } from './database-url.js';
export { dialectOf, tempTableName, textColumnType, type SqlDialect } from './sql-dialect.js';
