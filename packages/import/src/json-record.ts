import type { RawRecord } from './record.types.js';
import { invalidUtf8Problem } from './utf8.decoder.js';

/**
 * A JSON element as a record: an object's values of `fields`, in order; anything else is a bad
 * row, and so is a value with bytes that are not UTF-8 (`invalidUtf8`: the file has some).
 */
export function jsonRecord(value: unknown, line: number, fields: readonly string[], invalidUtf8: boolean): RawRecord {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const object = value as Record<string, unknown>;
    const values = fields.map((field) => (Object.hasOwn(object, field) ? object[field] : undefined));
    const problem = invalidUtf8 ? invalidUtf8Problem(values, (index) => fields[index]!) : null;
    return problem === null ? { line, values } : { line, values: [], problem };
  }
  return { line, values: [], problem: { field: 'row', reason: 'is not an object', value: JSON.stringify(value) } };
}
