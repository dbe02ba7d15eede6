import type { HcdmSettings } from '@hcdm/core';

/** The kinds of records an import file can hold, in the order they must load. */
export type RecordKind = 'customers' | 'listings' | 'tracking_numbers' | 'leads' | 'calls' | 'sms';

/** Referenced records first: customers and listings (and the listings' tracking numbers), then leads, then calls and SMS. */
export const RECORD_KINDS: readonly RecordKind[] = ['customers', 'listings', 'tracking_numbers', 'leads', 'calls', 'sms'];

export type ImportFormat = 'csv' | 'json' | 'ndjson';

/** One input file, its kind decided (from its name or by the caller). */
export interface ImportFile {
  readonly path: string;
  readonly kind: RecordKind;
  readonly format: ImportFormat;
}

/** A rejected row: shown as `file:line: field: reason (value)`. */
export interface RowProblem {
  file: string;
  line: number;
  field: string;
  reason: string;
  value: string;
}

export interface ImportProgress {
  readonly file: string;
  readonly kind: RecordKind;
  readonly bytesRead: number;
  readonly totalBytes: number;
  /** Data rows read from `file` so far. */
  readonly rows: number;
}

export interface KindCounts {
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
}

/** A value as it goes into SQL. */
export type SqlValue = string | number | null;

/** The SQL column types a field can be staged and stored as (the target table's own types). */
export type SqlColumnType = 'varchar' | 'bigint' | 'integer' | 'double precision';

/** Reads one input value (string from CSV; string, number, null... from JSON) into its SQL value. */
export interface FieldParser {
  readonly sqlType: SqlColumnType;
  /** An optional field may be absent from a CSV header; its empty value is null or a default. */
  readonly optional: boolean;
  /** Throws InvalidValueError naming `field` when the value breaks a rule. */
  parse(raw: unknown, field: string, settings: HcdmSettings): SqlValue;
}

export interface ColumnSpec {
  /** The field name in the input files (and in messages). */
  readonly field: string;
  /** The column of the target table. */
  readonly column: string;
  readonly parser: FieldParser;
}

/** A column whose value must name an existing row of another table. */
export interface ReferenceSpec {
  readonly column: string;
  readonly table: string;
  readonly key: string;
  /** What the referenced row is, for messages: `is not a known customer`. */
  readonly noun: string;
}

/**
 * Columns of the target table that the import fills from each good row rather than from the
 * file (the attribution of a call, computed as it is read). Written with inserted and updated
 * rows; an unchanged row keeps what it has.
 */
export interface DerivedColumns {
  readonly columns: readonly { readonly column: string; readonly sqlType: SqlColumnType }[];
  /** The derived values of one good row, from its parsed values (in spec column order). */
  derive(values: readonly SqlValue[]): readonly SqlValue[];
}

/** Everything the import engine needs to know about one kind of record. */
export interface ImportSpec {
  readonly kind: RecordKind;
  readonly table: string;
  /** The key column: rows are matched by it, and it must not repeat within one import. */
  readonly key: string;
  readonly columns: readonly ColumnSpec[];
  readonly references: readonly ReferenceSpec[];
  /**
   * The column naming the customer whose attribution depends on this row (leads, calls, SMS);
   * when set, the customers of inserted or updated rows are recorded for a refresh.
   */
  readonly customerColumn?: string;
  /**
   * A field, not stored, that may name the row's customer by phone instead of customerColumn
   * (calls and SMS: a phone system knows numbers, not CRM ids). Both given, they must agree.
   */
  readonly customerPhoneField?: string;
  /**
   * The column of the tracking number a row came in on (calls and SMS): a row without a
   * property_id takes the listing whose window holds its time; with one, the number is not kept.
   */
  readonly trackingNumberColumn?: string;
}
