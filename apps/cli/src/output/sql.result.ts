import type { ListResult, SqlResult } from '@hcdm/analytics';

/**
 * The rows of `hcdm sql` as a list result, so every output format prints them as it prints a
 * command's: a column per name, right-aligned when all its values are numbers. The title is
 * empty (the table has no line above it, Markdown no heading) unless one is given; `command`
 * is the statement, which `--out` names.
 */
export function sqlListResult(statement: string, result: SqlResult, title = ''): ListResult {
  const columns = result.columns.map((key) => ({ key, header: key, align: isNumberColumn(result, key) ? ('right' as const) : ('left' as const) }));
  return { shape: 'list', command: statement.replace(/\s+/g, ' ').trim(), title, columns, rows: result.rows };
}

function isNumberColumn(result: SqlResult, key: string): boolean {
  const values = result.rows.map((row) => row[key]).filter((value) => value !== null && value !== undefined);
  return values.length > 0 && values.every((value) => typeof value === 'number');
}
