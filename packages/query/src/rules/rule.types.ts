import type { HcdmSettings, PeriodSpec } from '@hcdm/core';
import type { EntityManager } from 'typeorm';
import type { QueryResult } from '../query-result.types.js';
import type { FilterDimension, LeadStatusesConfig, RecordFilter, ScoringConfig } from '@hcdm/analyses';

/** What a rule needs to run its query: the data, the settings, and "now" for relative periods and recency. */
export interface RuleContext {
  readonly manager: EntityManager;
  readonly settings: HcdmSettings;
  /** How lead scores are computed (weights, half-life, saturation, tiers). */
  readonly scoring: ScoringConfig;
  /** The lead funnel's stage order and the statuses that count as won and lost. */
  readonly leadStatuses: LeadStatusesConfig;
  /** Epoch ms; asked for only by commands that need it (`in last N days`, scores), since it costs a query. */
  now(): Promise<number | null>;
}

/** The part of a command's text its pattern captured, and the clauses it ended with. */
export interface RuleMatch {
  /** The whole command as typed, spaces collapsed, for error messages. */
  readonly text: string;
  readonly groups: readonly string[];
  readonly period: PeriodSpec | null;
  /** `for source X`, `for location L`, `for agent A`: only those the rule's `filters` name (others are refused before parse). */
  readonly filters: RecordFilter;
  /** `compared with previous period` (only where the rule takes it, and with a period). */
  readonly compare: boolean;
}

/**
 * A grammar rule: one form of the command language, how it reads (parse), how its query is
 * written back (format) and how it runs. Adding a command is adding one of these in its own
 * `*.rule.ts` file, listing it in the registry and adding its query to the `Query` union.
 */
export interface CommandRule<Q extends { readonly kind: string }> {
  readonly kind: Q['kind'];
  /** Matched, case-insensitively, against the text with spaces collapsed and any period removed. */
  readonly pattern: RegExp;
  readonly usage: string;
  readonly example: string;
  readonly description: string;
  /** False when a period after the command makes no sense (help). */
  readonly takesPeriod: boolean;
  /** The `for ...` filters the command takes (README "Filters and comparisons"); none when not given. */
  readonly filters?: readonly FilterDimension[];
  /** True when `compared with previous period` may follow: its figures, beside the previous period's. */
  readonly takesComparison?: boolean;
  /** False for a command that answers without reading the database (help), so it needs none. */
  readonly readsData?: false;
  /** Concrete forms close to `text`, for "did you mean". */
  suggestions(text: string): string[];
  /** Builds the query, throwing InvalidCommandError on a bad argument. */
  parse(match: RuleMatch): Q;
  /**
   * The canonical text of the query, period included: what `parse` reads back into the same
   * query, and the `command` of its result. Rules of one kind share one format.
   */
  format(query: Q): string;
  run(query: Q, context: RuleContext): Promise<QueryResult>;
}
