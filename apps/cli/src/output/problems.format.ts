import { formatRowProblem, type RowProblem } from '@hcdm/analytics';

/** How many problem lines a rejected import prints before "... and N more". */
export const PROBLEMS_SHOWN = 20;

/** Problem lines (`file:line: field: reason (value)`), the first `limit`, then how many were left out. */
export function formatProblems(problems: readonly RowProblem[], limit = PROBLEMS_SHOWN): string {
  const lines = problems.slice(0, limit).map((problem) => formatRowProblem(problem));
  if (problems.length > limit) lines.push(`... and ${problems.length - limit} more`);
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
