import type { HcdmSettings, PeriodSpec } from '@hcdm/core';
import type { EntityManager } from 'typeorm';
import type { QueryResult } from '../query-result.types.js';
import type { ScoringConfig } from '@hcdm/analyses';

/** What a command needs to run: the data, the settings, and "now" for relative periods and recency. */
export interface CommandContext {
  readonly manager: EntityManager;
  readonly settings: HcdmSettings;
  /** How lead scores are computed (weights, half-life, saturation, tiers). */
  readonly scoring: ScoringConfig;
  /** Epoch ms; asked for only by commands that need it (`in last N days`, scores), since it costs a query. */
  now(): Promise<number | null>;
}

/** The part of a command's text its pattern captured, and the period it ended with. */
export interface CommandMatch {
  /** The whole command as typed, spaces collapsed, for error messages. */
  readonly text: string;
  readonly groups: readonly string[];
  readonly period: PeriodSpec | null;
}

/**
 * One form of the command language. Adding a command is adding one of these in its own file
 * and listing it in the registry.
 */
export interface CommandDefinition<Q extends { readonly kind: string }> {
  readonly kind: Q['kind'];
  /** Matched, case-insensitively, against the text with spaces collapsed and any period removed. */
  readonly pattern: RegExp;
  readonly usage: string;
  readonly example: string;
  readonly description: string;
  /** False when a period after the command makes no sense (help). */
  readonly takesPeriod: boolean;
  /** Concrete forms close to `text`, for "did you mean". */
  suggestions(text: string): string[];
  /** Builds the query, throwing InvalidCommandError on a bad argument. */
  parse(match: CommandMatch): Q;
  run(query: Q, context: CommandContext): Promise<QueryResult>;
}
