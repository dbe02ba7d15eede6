import type { PeriodSpec } from '@hcdm/core';
import { FILTER_DIMENSIONS, type FilterDimension, type RecordFilter } from '@hcdm/analyses';
import { InvalidCommandError } from '../query.errors.js';
import { formatPeriod, HALF_PERIOD, parsePeriodClause, PERIOD_SHAPE_ERROR } from './period.parser.js';

/**
 * The clauses any command may end with, in any order: filters (`for source website`, `for
 * location "Navi Mumbai"`, a second one after `for` or `and`), a period (`from A to B`, `in last
 * N days`) and `compared with previous period`. Which of them a command takes is its rule's
 * (`filters`, `takesPeriod`, `takesComparison`); this file only reads and writes them.
 */
export interface CommandSuffixes {
  /** The command without its clauses. */
  readonly body: string;
  readonly period: PeriodSpec | null;
  readonly filters: RecordFilter;
  readonly compare: boolean;
}

/** How the comparison is written; `compared to` and `the` are read too. */
export const COMPARISON_TEXT = 'compared with previous period';

const FILTER_WORDS = FILTER_DIMENSIONS.join('|');
/** Where a clause may begin (the leading space included); `and` only joins a filter to the clauses before it. */
const FIRST_CLAUSE = new RegExp(` (?:for (?:${FILTER_WORDS})(?= |$)|from \\S+ to \\S+(?= |$)|in last \\S+ days?(?= |$)|compared (?:with|to) (?:the )?previous period(?= |$))`, 'i');
const NEXT_CLAUSE = new RegExp(`${FIRST_CLAUSE.source}| and (?:${FILTER_WORDS})(?= |$)`, 'i');
const BETWEEN = /^ from (\S+) to (\S+)(?= |$)/i;
const LAST_DAYS = /^ in last (\S+) days?(?= |$)/i;
const COMPARISON = /^ compared (?:with|to) (?:the )?previous period(?= |$)/i;
const FILTER = new RegExp(`^ (for|and) (${FILTER_WORDS})(?: |$)`, 'i');

/** Splits a command (spaces already collapsed) into its body and its clauses. */
export function splitSuffixes(text: string): CommandSuffixes {
  const start = FIRST_CLAUSE.exec(text)?.index;
  const suffixes = start === undefined ? null : readClauses(text, start);
  if (suffixes === null) {
    if (HALF_PERIOD.test(text)) throw new InvalidCommandError(text, PERIOD_SHAPE_ERROR);
    return { body: text, period: null, filters: {}, compare: false };
  }
  return suffixes;
}

/** The clauses as the canonical command writes them, each with its leading space: filters, period, comparison. */
export function formatSuffixes(suffixes: { readonly filters?: RecordFilter; readonly period?: PeriodSpec | null; readonly compare?: boolean }): string {
  const filters = FILTER_DIMENSIONS.flatMap((dimension) => {
    const value = suffixes.filters?.[dimension];
    return value === undefined ? [] : [`${dimension} ${formatValue(value)}`];
  });
  const written = filters.length === 0 ? '' : ` for ${filters.join(' and ')}`;
  return `${written}${formatPeriod(suffixes.period ?? null)}${suffixes.compare ? ` ${COMPARISON_TEXT}` : ''}`;
}

/**
 * The clauses from `start` to the end; null when the text there is not clauses after all (the
 * command's own words, or a clause followed by words that are no clause: an unknown command).
 */
function readClauses(text: string, start: number): CommandSuffixes | null {
  const clauses: Clause[] = [];
  for (let at = start; at < text.length; ) {
    const clause = readClause(text, at);
    if (clause === null) return null;
    clauses.push(clause);
    at = clause.end;
  }
  return { body: text.slice(0, start), ...combine(text, clauses) };
}

type Clause =
  | { readonly kind: 'period'; readonly end: number; readonly period: PeriodSpec }
  | { readonly kind: 'compare'; readonly end: number }
  | { readonly kind: 'filter'; readonly end: number; readonly dimension: FilterDimension; readonly value: string };

function readClause(text: string, at: number): Clause | null {
  const rest = text.slice(at);
  const between = BETWEEN.exec(rest);
  if (between) return { kind: 'period', end: at + between[0].length, period: parsePeriodClause(text, { from: between[1], to: between[2] }) };
  const lastDays = LAST_DAYS.exec(rest);
  if (lastDays) return { kind: 'period', end: at + lastDays[0].length, period: parsePeriodClause(text, { days: lastDays[1] }) };
  const comparison = COMPARISON.exec(rest);
  if (comparison) return { kind: 'compare', end: at + comparison[0].length };
  const filter = FILTER.exec(rest);
  if (!filter) return null;
  const dimension = (filter[2] ?? '').toLowerCase() as FilterDimension;
  const valueAt = at + filter[0].length;
  const { value, end } = text[valueAt] === '"' ? readQuoted(text, valueAt, dimension) : readPlain(text, valueAt, dimension);
  if (value === '') throw new InvalidCommandError(text, `for ${dimension}: needs a value, as "for ${dimension} website"`);
  return { kind: 'filter', end, dimension, value };
}

/** An unquoted value runs to the next clause (which starts with a space, so not inside its first word) or the end. */
function readPlain(text: string, at: number, dimension: FilterDimension): { value: string; end: number } {
  const next = NEXT_CLAUSE.exec(text.slice(at));
  const end = next ? at + next.index : text.length;
  const value = text.slice(at, end);
  if (value.includes('"')) {
    throw new InvalidCommandError(text, `for ${dimension}: a value with a double quote is written in quotes, \\" for the quote (${value})`);
  }
  // `... for source website in last` is a period cut short, not a source of that name.
  if (end === text.length && HALF_PERIOD.test(value)) throw new InvalidCommandError(text, PERIOD_SHAPE_ERROR);
  return { value, end };
}

/** `"Navi Mumbai"`: anything up to the closing quote, `\"` a quote and `\\` a backslash. */
function readQuoted(text: string, at: number, dimension: FilterDimension): { value: string; end: number } {
  let value = '';
  for (let i = at + 1; i < text.length; i += 1) {
    const char = text[i];
    if (char === '\\' && i + 1 < text.length) {
      value += text[i + 1];
      i += 1;
    } else if (char === '"') {
      if (i + 1 < text.length && text[i + 1] !== ' ') {
        throw new InvalidCommandError(text, `for ${dimension}: a quoted value ends at its closing quote (${text.slice(at, i + 2)}...)`);
      }
      return { value, end: i + 1 };
    } else value += char;
  }
  throw new InvalidCommandError(text, `for ${dimension}: the quoted value has no closing quote (${text.slice(at)})`);
}

/** The clauses as one set; each kind at most once. */
function combine(text: string, clauses: readonly Clause[]): Omit<CommandSuffixes, 'body'> {
  let period: PeriodSpec | null = null;
  let compare = false;
  const filters: Partial<Record<FilterDimension, string>> = {};
  for (const clause of clauses) {
    if (clause.kind === 'period') {
      if (period) throw new InvalidCommandError(text, 'a command takes one period');
      period = clause.period;
    } else if (clause.kind === 'compare') {
      if (compare) throw new InvalidCommandError(text, `"${COMPARISON_TEXT}" is given twice`);
      compare = true;
    } else {
      const given = filters[clause.dimension];
      if (given !== undefined) throw new InvalidCommandError(text, `for ${clause.dimension}: is given twice (${given}, ${clause.value})`);
      filters[clause.dimension] = clause.value;
    }
  }
  return { period, filters, compare };
}

/** The value as a filter clause writes it: plain when it reads back the same, else in quotes. */
function formatValue(value: string): string {
  return readsBackPlain(value) ? value : `"${value.replace(/[\\"]/g, (char) => `\\${char}`)}"`;
}

function readsBackPlain(value: string): boolean {
  if (value === '' || value !== value.replace(/\s+/g, ' ').trim() || value.startsWith('"')) return false;
  try {
    const read = splitSuffixes(`x for source ${value}`);
    return read.body === 'x' && read.filters.source === value && Object.keys(read.filters).length === 1 && !read.period && !read.compare;
  } catch {
    return false; // a value with a quote, or one ending like a period cut short
  }
}
