/**
 * The import's reading and parsing alone, without the database: what a worker thread loads to
 * parse files while the main thread writes (`@hcdm/core/parsing`). Nothing here loads TypeORM.
 */
export { readRowBatches } from './import/row-batches.js';
export { PackedStringsBuilder, packStrings, packedStringAt, packedStringSet, type PackedStrings } from './import/packed-strings.js';
export type { RowBatch, RowLayout, RowRequest, RowSource } from './import/row-batch.types.js';
export { customerImportSpec } from './customer.import.js';
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
export type {
  ImportSpec,
  ColumnSpec,
  ReferenceSpec,
  FieldParser,
  DerivedColumns,
  SqlValue,
  SqlColumnType,
  RecordKind,
  ImportFile,
  ImportFormat,
} from './import/import.types.js';
export type { HcdmSettings } from './settings.js';
