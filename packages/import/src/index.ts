// The import engine: export files in, rows checked, loaded all or nothing, attributed.
export { importData } from './import-data.js';
export { type ColumnMapping, type ImportChanges, type ImportOptions, type ImportSummary } from './import-data.types.js';
export { type UnknownNumbers } from './customer-resolver.js';
export { resolveImportFiles } from './import-files.js';
export { ImportFileError, ImportRejectedError, formatRowProblem } from './import.errors.js';
export {
  type ColumnSpec,
  type ImportFile,
  type ImportFormat,
  type ImportProgress,
  type ImportSpec,
  type KindCounts,
  RECORD_KINDS,
  type RecordKind,
  type ReferenceSpec,
  type RowProblem,
} from './import.types.js';

// What each kind's file holds: its columns, their rules, what they reference.
export { callImportSpec } from './specs/call.import.js';
export { customerImportSpec } from './specs/customer.import.js';
export { leadImportSpec } from './specs/lead.import.js';
export { listingImportSpec } from './specs/listing.import.js';
export { smsImportSpec } from './specs/sms.import.js';
