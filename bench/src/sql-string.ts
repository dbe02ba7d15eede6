/** `text` as an SQL string literal (single quotes doubled), for the shells' scripts: paths, ids. */
export function sqlString(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}
