import { DEFAULT_SETTINGS, type HcdmSettings } from '@hcdm/core';
import type { EntityManager } from 'typeorm';
import { latestActivity } from '@hcdm/analyses';
import type { QueryResult } from './query-result.types.js';
import { DEFAULT_LEAD_STATUSES, DEFAULT_SCORING_CONFIG, type LeadStatusesConfig, type ScoringConfig } from '@hcdm/analyses';
import { parseCommand } from './command.parser.js';
import { ruleOf } from './rules/rule.registry.js';
import type { RuleContext } from './rules/rule.types.js';
import type { Query } from './query.types.js';

export interface RunQueryOptions {
  readonly settings?: Partial<HcdmSettings>;
  /** "now" for `in last N days` and score recency; by default the latest timestamp in the data. */
  readonly now?: Date;
  /** How lead scores are computed, resolved once by the caller (the defaults if not given). */
  readonly scoring?: ScoringConfig;
  /** The lead funnel's statuses, resolved once by the caller (the defaults if not given). */
  readonly leadStatuses?: LeadStatusesConfig;
}

/** Runs a parsed query over any hcdm database (an HcdmDatabase's or the caller's own DataSource). */
export async function runQuery(manager: EntityManager, query: Query, options: RunQueryOptions = {}): Promise<QueryResult> {
  const rule = ruleOf(query.kind);
  let latest: Promise<number | null> | null = null; // looked up once, by the first part of the rule that needs it
  const context: RuleContext = {
    manager,
    settings: { ...DEFAULT_SETTINGS, ...options.settings },
    scoring: options.scoring ?? DEFAULT_SCORING_CONFIG,
    leadStatuses: options.leadStatuses ?? DEFAULT_LEAD_STATUSES,
    now: async () => (options.now ? options.now.getTime() : (latest ??= latestActivity(manager))),
  };
  return rule.run(query, context);
}

/** Parses and runs one command of the language. */
export async function runCommand(manager: EntityManager, text: string, options: RunQueryOptions = {}): Promise<QueryResult> {
  return runQuery(manager, parseCommand(text), options);
}

/**
 * What a rule that reads no data is given instead of a database: using the manager is a bug
 * in that rule, said loudly, never a query against nothing.
 */
const NO_DATA: RuleContext = {
  get manager(): never {
    throw new Error('a command marked readsData: false used the database');
  },
  settings: DEFAULT_SETTINGS,
  scoring: DEFAULT_SCORING_CONFIG,
  leadStatuses: DEFAULT_LEAD_STATUSES,
  now: async () => null,
};

/**
 * The answer to a command that needs no database (help), or null when it reads data and so
 * must go through runCommand. Text that is no command throws as runCommand does.
 */
export async function answerWithoutData(text: string): Promise<QueryResult | null> {
  const query = parseCommand(text);
  const rule = ruleOf(query.kind);
  return rule.readsData === false ? rule.run(query, NO_DATA) : null;
}
