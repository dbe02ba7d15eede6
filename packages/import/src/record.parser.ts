import { InvalidValueError } from '@hcdm/core';
import type { HcdmSettings } from '@hcdm/core';
import type { ImportSpec, SqlValue } from './import.types.js';
import type { RawRecord } from './record.types.js';

/** A problem of one row, before it is placed in a file; `order` sorts a row's problems by column. */
export interface FieldProblem {
  readonly order: number;
  readonly field: string;
  readonly reason: string;
  readonly value: string;
}

export interface ParsedRecord {
  /** One value per spec column, in spec order; null where the field was bad. */
  readonly values: SqlValue[];
  readonly problems: FieldProblem[];
  /** False when the row has no usable key: it cannot be staged at all. */
  readonly keyed: boolean;
}

/** Shared by every good row: most rows have no problem, so none allocates a list. */
const NO_PROBLEMS: FieldProblem[] = [];

/** Parses every field of a record (values in spec column order), collecting each bad field instead of stopping at the first. */
export function parseRecord(spec: ImportSpec, keyIndex: number, record: RawRecord, settings: HcdmSettings): ParsedRecord {
  if (record.problem) return { values: [], problems: [{ order: -1, ...record.problem }], keyed: false };
  const columns = spec.columns;
  const values: SqlValue[] = new Array<SqlValue>(columns.length);
  let problems: FieldProblem[] = NO_PROBLEMS;
  for (let order = 0; order < columns.length; order += 1) {
    const column = columns[order]!;
    try {
      values[order] = column.parser.parse(record.values[order], column.field, settings);
    } catch (error) {
      if (!(error instanceof InvalidValueError)) throw error;
      values[order] = null;
      if (problems === NO_PROBLEMS) problems = [];
      problems.push({ order, field: error.field, reason: error.reason, value: rawText(error.value) });
    }
  }
  return { values, problems, keyed: values[keyIndex] !== null };
}

/** The offending value as text for the rejects file: as written, or as JSON for a JSON value. */
function rawText(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}
