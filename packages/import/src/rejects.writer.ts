import { basename, dirname, extname, join } from 'node:path';
import { formatValue, writeFileAtomically } from '@hcdm/core';
import { stringify } from 'csv-stringify/sync';
import type { ImportFile, RecordKind, RowProblem } from './import.types.js';
import { readRawRows } from './rejected-rows.reader.js';

/** The columns after a rejected row's own values. */
const REASON_COLUMNS = ['file', 'line', 'field', 'reason'];

/**
 * Writes the rejected rows (DOMAIN.md "Import files"): each row once, its own values in its
 * file's columns, then file, line, field and reason (several problems of a row joined by `; `),
 * so the file can be fixed and imported again with --kind. Rows of one kind with one header
 * share a file named after `basePath` and the kind (`hcdm-rejects.calls.csv`; a second header
 * of the same kind `hcdm-rejects.calls.2.csv`). Answers the files written, in load order.
 */
export async function writeRejects(basePath: string, problems: readonly RowProblem[], files: readonly ImportFile[]): Promise<string[]> {
  const groups = new Map<string, { kind: RecordKind; columns: readonly string[]; rows: string[][] }>();
  for (const file of files) {
    const own = problems.filter((problem) => problem.file === file.path);
    if (own.length === 0) continue;
    const byLine = new Map<number, RowProblem[]>();
    for (const problem of own) byLine.set(problem.line, [...(byLine.get(problem.line) ?? []), problem]);
    const raw = await readRawRows(file, new Set(byLine.keys()));
    const key = `${file.kind}\n${raw.columns.join('\n')}`;
    const group = groups.get(key) ?? { kind: file.kind, columns: raw.columns, rows: [] };
    groups.set(key, group);
    for (const [line, lineProblems] of byLine) {
      const field = lineProblems.map((problem) => problem.field).join('; ');
      const reason = lineProblems.map((problem) => `${problem.reason} (${formatValue(problem.value)})`).join('; ');
      group.rows.push([...(raw.rows.get(line) ?? []), file.path, String(line), field, reason]);
    }
  }
  const written = new Map<RecordKind, number>();
  const paths: string[] = [];
  for (const group of groups.values()) {
    const count = (written.get(group.kind) ?? 0) + 1;
    written.set(group.kind, count);
    const path = rejectsPathOf(basePath, group.kind, count);
    const columns = [...group.columns, ...REASON_COLUMNS];
    writeFileAtomically(path, stringify(group.rows, { header: true, columns }));
    paths.push(path);
  }
  return paths;
}

/** `dir/hcdm-rejects.csv` -> `dir/hcdm-rejects.calls.csv`, `dir/hcdm-rejects.calls.2.csv`. */
function rejectsPathOf(basePath: string, kind: RecordKind, count: number): string {
  const extension = extname(basePath);
  const stem = basename(basePath, extension);
  const name = `${stem}.${kind}${count > 1 ? `.${count}` : ''}${extension === '' ? '.csv' : extension}`;
  return join(dirname(basePath), name);
}
