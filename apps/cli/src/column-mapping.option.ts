import type { ColumnMapping } from '@hcdm/analytics';

/**
 * Reads `calls.caller=phone,calls.start=timestamp` (`--map`, and the menu's import form) into a
 * column mapping, added to `earlier` (a repeated --map). Throws with the reason, naming the
 * part that is not KIND.COLUMN=FIELD; the kinds and fields are the import's to check.
 */
export function parseColumnMapping(value: string, earlier: ColumnMapping = {}): ColumnMapping {
  const mapping: Record<string, Record<string, string>> = { ...(earlier as Record<string, Record<string, string>>) };
  for (const part of value.split(',')) {
    const match = /^\s*([a-z_]+)\.([^=]+?)\s*=\s*([a-z_]+)\s*$/i.exec(part);
    if (match === null) throw new Error(`needs KIND.COLUMN=FIELD, like calls.caller=phone (not "${part.trim()}")`);
    const [, kind, column, field] = match as unknown as [string, string, string, string];
    const key = kind.toLowerCase();
    mapping[key] = { ...mapping[key], [column.trim().toLowerCase()]: field.toLowerCase() };
  }
  return mapping as ColumnMapping;
}
