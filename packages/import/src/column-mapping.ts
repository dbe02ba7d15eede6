import { ImportFileError } from './import.errors.js';
import { IMPORT_SPECS } from './import.specs.js';
import { RECORD_KINDS, type RecordKind } from './import.types.js';
import type { ColumnMapping } from './import-data.types.js';

/**
 * The column mapping turned around for the readers: by kind, each mapped field and the name
 * its files give it. Refuses, before anything is read, a kind hcdm does not have, a field the
 * kind does not have, and two columns mapped to one field.
 */
export function columnNamesByKind(mapping: ColumnMapping | undefined): Partial<Record<RecordKind, Readonly<Record<string, string>>>> {
  const byKind: Partial<Record<RecordKind, Record<string, string>>> = {};
  for (const [kind, columns] of Object.entries(mapping ?? {})) {
    if (!RECORD_KINDS.includes(kind as RecordKind)) throw refused(`${kind}: is not a kind of file (${RECORD_KINDS.join(', ')})`);
    const spec = IMPORT_SPECS[kind as RecordKind];
    const fields = [...spec.columns.map((column) => column.field), ...(spec.customerPhoneField === undefined ? [] : [spec.customerPhoneField])];
    const names: Record<string, string> = {};
    for (const [name, field] of Object.entries(columns ?? {})) {
      const mapped = `${kind}.${name}=${field}`;
      if (!fields.includes(field)) throw refused(`${mapped}: ${kind} has no field ${field} (${fields.join(', ')})`);
      if (names[field] !== undefined) throw refused(`${mapped}: ${field} is already mapped from ${names[field]}`);
      names[field] = name.trim().toLowerCase();
    }
    byKind[kind as RecordKind] = names;
  }
  return byKind;
}

function refused(reason: string): ImportFileError {
  return new ImportFileError('INVALID_INPUT', 'column mapping', null, null, reason);
}
