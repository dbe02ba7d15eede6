import { describePeriod, type PeriodSpec, type TimeRange } from '@hcdm/core';
import type { QueryColumn, QueryRow } from '../query-result.types.js';
import { comparedColumns, comparedRowKeys, comparedRows } from './comparison.columns.js';
import { previousPeriod, type PreviousPeriod } from './comparison.resolver.js';
import { pickRows } from './query-result.builder.js';
import { describeFilters, type QuerySuffixes } from './query-suffixes.js';
import type { RuleContext } from './rule.types.js';

/** A query that may be compared: its period and its suffixes. */
export type ComparableQuery = QuerySuffixes & { readonly period: PeriodSpec | null };

/** The figures of the previous period for one row (an object holding them by key); undefined when the row had nothing then (all 0). */
export type PreviousFigures<T> = (row: T) => object | undefined;

export interface ResultTable<T extends object> {
  readonly rows: readonly T[];
  readonly columns: readonly QueryColumn[];
  /** The keys the result's rows hold, in order. */
  readonly keys: readonly string[];
  /** The figures that get their previous period's beside them. */
  readonly figures: readonly (keyof T & string)[];
  /** Of those, the ones a list's table shows compared (the figure it is ranked by); a summary shows all. */
  readonly shown?: readonly string[];
}

export interface ComparedTable {
  readonly columns: QueryColumn[];
  readonly rows: QueryRow[];
  /** The scope as a title ends: ` for source website (last 30 days vs the 30 days before)`. */
  readonly scope: string;
  /** The period compared with (`the 30 days before`), for a title of its own making; null without the comparison. */
  readonly versus: string | null;
}

/**
 * A result's columns and rows, compared with the previous period when the query says so: the
 * rule gives its current rows and how to read the previous figures for them (rankings: the
 * same rows, ranked by the current period), and this adds the previous figure, the change and
 * its percentage beside each figure. Without the comparison, the rows as they are.
 */
export async function withComparison<T extends object>(
  query: ComparableQuery,
  context: RuleContext,
  range: TimeRange,
  table: ResultTable<T>,
  previousFigures: (previous: PreviousPeriod) => Promise<PreviousFigures<T>>,
): Promise<ComparedTable> {
  if (!query.compare || !query.period) {
    return { columns: [...table.columns], rows: pickRows(table.rows, table.keys), scope: describeScope(query, null), versus: null };
  }
  const previous = await previousPeriod(query.period, range, context);
  const previousOf = await previousFigures(previous);
  return {
    columns: comparedColumns(table.columns, table.shown ?? table.figures, table.shown === undefined),
    rows: pickRows(comparedRows(table.rows, previousOf, table.figures), comparedRowKeys(table.keys, table.figures)),
    scope: describeScope(query, previous),
    versus: previous.label,
  };
}

/** ` for source website (last 30 days vs the 30 days before)`: the filters, the period, what it is compared with. */
export function describeScope(query: ComparableQuery, previous: PreviousPeriod | null): string {
  const versus = previous ? ` vs ${previous.label}` : '';
  return `${describeFilters(query.filters)} (${describePeriod(query.period)}${versus})`;
}
