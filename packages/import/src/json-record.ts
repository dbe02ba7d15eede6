import type { RawRecord } from './record.types.js';

/** A JSON element as a record: an object's values of `fields`, in order; anything else is a bad row. */
export function jsonRecord(value: unknown, line: number, fields: readonly string[]): RawRecord {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const object = value as Record<string, unknown>;
    return { line, values: fields.map((field) => (Object.hasOwn(object, field) ? object[field] : undefined)) };
  }
  return { line, values: [], problem: { field: 'row', reason: 'is not an object', value: JSON.stringify(value) } };
}
