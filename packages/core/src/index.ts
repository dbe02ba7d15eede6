export { Customer } from './customer.entity.js';
export { CoreSchema1764000000001 } from './migrations/1764000000001-core-schema.js';
export { createHcdmDataSource, assertSqliteFile, type HcdmDataSourceOptions } from './data-source.js';
export { epochMsTransformer } from './epoch-ms.transformer.js';
export { HcdmError, InvalidValueError, NotFoundError, formatValue, type HcdmErrorCode } from './core.errors.js';
export { normalizePhone, tryNormalizePhone } from './phone.js';
export { parseTimestamp, formatInstant, isValidTimeZone } from './time.js';
export { resolvePeriod, describePeriod, ALL_TIME, type PeriodSpec, type TimeRange } from './period.js';
export { DEFAULT_SETTINGS, type HcdmSettings } from './settings.js';
export { customerImportSpec } from './customer.import.js';
export {
  RECORD_KINDS,
  type RecordKind,
  type RowProblem,
  type ImportFile,
  type ImportFormat,
  type ImportProgress,
  type ImportSpec,
  type ColumnSpec,
  type ReferenceSpec,
  type FieldParser,
  type KindCounts,
  type SqlValue,
  type SqlColumnType,
  type DerivedColumns,
} from './import/import.types.js';
export { ImportRejectedError, ImportFileError, formatRowProblem } from './import/import.errors.js';
export {
  optionalWholeNumberField,
  optionalIdField,
  idField,
  textField,
  optionalTextField,
  wholeNumberField,
  amountField,
  timestampField,
  phoneField,
  choiceField,
} from './import/field.parsers.js';
export { formatOfPath, kindOfPath } from './import/import-file.js';
export { importKind, type KindImportOptions, type KindImportResult } from './import/kind.import.js';
export { readRowBatches } from './import/row-batches.js';
export type { RowBatch, RowLayout, RowRequest, RowSource } from './import/row-batch.types.js';
export { createIndexes } from './import/secondary-indexes.js';
export { sqliteOf, type SqliteDatabase } from './import/sqlite.connection.js';
export { isServerDatabase, redactDatabaseUrl, databaseLabel } from './database-url.js';
export { dialectOf, tempTableName, textColumnType, type SqlDialect } from './sql-dialect.js';
