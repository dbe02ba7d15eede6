import type { ImportFile, ImportSpec, ReferenceSpec } from './import.types.js';
import type { RankedProblem } from './ranked-problem.js';
import type { ImportConnection, StagedSql } from './dialect/import-dialect.js';
import { findRepeatsSql, findUnknownSql, rejectRepeatsSql, rejectUnknownSql } from './stage.sql.js';

interface StagedProblemRow {
  fileIndex: number;
  line: number;
  value: string;
}

interface RepeatRow extends StagedProblemRow {
  firstFileIndex: number;
  firstLine: number;
}

/**
 * The rules that need every row of the import at once, checked set-wise in SQL: an id repeated
 * inside the import (the later rows are bad), and references to customers or listings that do
 * not exist (`references`: those not already checked as the rows were read). References are
 * checked against the tables themselves, which already hold what this import merged for
 * earlier kinds, so a row whose customer was rejected is rejected too. The same on both engines.
 */
export async function checkStage(
  db: Pick<ImportConnection, 'all' | 'run'>,
  spec: ImportSpec,
  files: readonly ImportFile[],
  references: readonly ReferenceSpec[],
  sql: StagedSql,
): Promise<RankedProblem[]> {
  const order = (column: string) => spec.columns.findIndex((candidate) => candidate.column === column);
  const field = (column: string) => spec.columns[order(column)]?.field ?? column;
  const problems: RankedProblem[] = [];
  const add = (row: StagedProblemRow, column: string, reason: string) => {
    const file = files[row.fileIndex]?.path ?? '';
    const problem = { file, line: row.line, field: field(column), reason, value: row.value };
    problems.push({ fileIndex: row.fileIndex, line: row.line, order: order(column), problem });
  };
  const repeats = await db.all<RepeatRow>(findRepeatsSql(spec));
  for (const row of repeats) {
    const first = row.firstFileIndex === row.fileIndex ? `on line ${row.firstLine}` : `at ${files[row.firstFileIndex]?.path ?? ''}:${row.firstLine}`;
    add(row, spec.key, `repeats the id first seen ${first}`);
  }
  // Marking rows bad is a second pass over the stage: only worth it when something was found.
  if (repeats.length > 0) await db.run(rejectRepeatsSql(spec));
  for (const reference of references) {
    for (const statement of sql.markUnknown(spec, reference)) await db.run(statement);
    const unknown = await db.all<StagedProblemRow>(findUnknownSql(spec, reference, sql));
    for (const row of unknown) add(row, reference.column, `is not a known ${reference.noun}`);
    if (unknown.length > 0) await db.run(rejectUnknownSql(spec, reference, sql));
  }
  return problems;
}
