import { InvalidConfigError } from '@hcdm/analyses';
import type { ColumnMapping } from '@hcdm/import';

/**
 * Reads the config file's `columns`: by kind, a file's column name and the field it holds
 * (`{ "calls": { "caller": "phone" } }`), so every import of this database reads a vendor's
 * export as it comes. Only the shape is checked here; the kinds and fields are checked by the
 * import, before it reads a file.
 */
export function parseColumnMapping(source: string, value: unknown): ColumnMapping {
  const shape = 'must be an object of kinds, each an object of column names and fields, like { "calls": { "caller": "phone" } }';
  if (!isObject(value)) throw new InvalidConfigError(source, 'columns', shape, value);
  const mapping: Record<string, Record<string, string>> = {};
  for (const [kind, columns] of Object.entries(value)) {
    if (!isObject(columns)) throw new InvalidConfigError(source, `columns.${kind}`, shape, columns);
    mapping[kind] = {};
    for (const [name, field] of Object.entries(columns)) {
      if (typeof field !== 'string' || field.trim() === '') throw new InvalidConfigError(source, `columns.${kind}.${name}`, 'must be the name of a field, like "phone"', field);
      mapping[kind][name] = field.trim();
    }
  }
  return mapping as ColumnMapping;
}

/** The mapping of `over` laid over `base`, kind by kind: a column mapped in both takes `over`'s field. */
export function layColumnMappings(base: ColumnMapping, over: ColumnMapping | undefined): ColumnMapping {
  const kinds = new Set([...Object.keys(base), ...Object.keys(over ?? {})]) as Set<keyof ColumnMapping>;
  return Object.fromEntries([...kinds].map((kind) => [kind, { ...base[kind], ...over?.[kind] }])) as ColumnMapping;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
