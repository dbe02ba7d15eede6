import { writeFileSync } from 'node:fs';
import type { RowProblem } from './import.types.js';
import { stringify } from 'csv-stringify/sync';

/** The rejects file: one CSV line per problem, so a row with two bad fields has two lines. */
export function writeRejects(path: string, problems: readonly RowProblem[]): void {
  const rows = problems.map((problem) => [problem.file, problem.line, problem.field, problem.reason, problem.value]);
  writeFileSync(path, stringify(rows, { header: true, columns: ['file', 'line', 'field', 'reason', 'value'] }));
}
