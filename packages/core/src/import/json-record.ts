import type { RawRecord } from './record.types.js';

/** A JSON element as a record: an object's keys are its fields; anything else is a bad row. */
export function jsonRecord(value: unknown, line: number): RawRecord {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    return { line, fields: value as Record<string, unknown> };
  }
  return { line, fields: {}, problem: { field: 'row', reason: 'is not an object', value: JSON.stringify(value) } };
}
