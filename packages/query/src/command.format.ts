import type { Query } from './query.types.js';
import { ruleOf } from './rules/rule.registry.js';

/**
 * The canonical text of a query: what {@link parseCommand} reads back into the same query, and
 * what a result's `command` says when that query runs. A program (the CLI's menu) builds a
 * `Query` and writes it with this instead of spelling the grammar again.
 *
 * @example formatCommand({ kind: 'top-leads', metric: 'callCount', limit: 5, period: null })
 *   // 'show top 5 leads by call volume'
 */
export function formatCommand(query: Query): string {
  return ruleOf(query.kind).format(query);
}
