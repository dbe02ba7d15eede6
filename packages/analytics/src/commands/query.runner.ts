import { DEFAULT_SETTINGS, type HcdmSettings } from '@hcdm/core';
import type { EntityManager } from 'typeorm';
import { latestActivity } from '../analyses/latest-activity.analysis.js';
import { resolveScoringConfig } from '../config/scoring-config.resolver.js';
import type { QueryResult } from '../query-result.types.js';
import type { ScoringOverrides } from '../scoring/scoring.config.js';
import { parseCommand } from './command.parser.js';
import { COMMANDS } from './command.registry.js';
import type { CommandContext } from './command.types.js';
import type { Query } from './query.types.js';

export interface RunQueryOptions {
  readonly settings?: Partial<HcdmSettings>;
  /** "now" for `in last N days` and score recency; by default the latest timestamp in the data. */
  readonly now?: Date;
  /** Lead scoring over the defaults (checked; the weights must add up to 100). */
  readonly scoring?: ScoringOverrides;
}

/** Runs a parsed query over any hcdm database (an HcdmDatabase's or the caller's own DataSource). */
export async function runQuery(manager: EntityManager, query: Query, options: RunQueryOptions = {}): Promise<QueryResult> {
  const command = COMMANDS.find((candidate) => candidate.kind === query.kind);
  if (!command) throw new Error(`no command runs queries of kind ${query.kind}`);
  let latest: Promise<number | null> | null = null; // looked up once, by the first command part that needs it
  const context: CommandContext = {
    manager,
    settings: { ...DEFAULT_SETTINGS, ...options.settings },
    scoring: resolveScoringConfig([{ source: 'options', scoring: options.scoring }]),
    now: async () => (options.now ? options.now.getTime() : (latest ??= latestActivity(manager))),
  };
  return command.run(query, context);
}

/** Parses and runs one command of the language. */
export async function runCommand(manager: EntityManager, text: string, options: RunQueryOptions = {}): Promise<QueryResult> {
  return runQuery(manager, parseCommand(text), options);
}
