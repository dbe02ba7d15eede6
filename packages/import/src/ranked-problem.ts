import type { RowProblem } from './import.types.js';

/** A row problem with the keys that sort problems into file, line and column order. */
export interface RankedProblem {
  readonly fileIndex: number;
  readonly line: number;
  /** The column's place in the spec; -1 for a problem of the whole row. */
  readonly order: number;
  readonly problem: RowProblem;
}

export function sortProblems(problems: RankedProblem[]): RowProblem[] {
  return problems
    .sort((a, b) => a.fileIndex - b.fileIndex || a.line - b.line || a.order - b.order)
    .map((ranked) => ranked.problem);
}
