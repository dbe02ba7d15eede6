import { DEFAULT_SETTINGS, type HcdmSettings } from '@hcdm/core';
import type { EntityManager } from 'typeorm';
import { latestActivity } from '../analyses/latest-activity.analysis.js';
import type { QueryResult } from '../query-result.types.js';
import { parseCommand } from './command.parser.js';
import { COMMANDS } from './command.registry.js';
import type { CommandContext } from './command.types.js';
import type { Query } from './query.types.js';

export interface RunQueryOptions {
  readonly settings?: Partial<HcdmSettings>;
  /** "now" for `in last N days`; by default the latest timestamp in the data. */
  readonly now?: Date;
}

/** Runs a parsed query over any hcdm database (an HcdmDatabase's or the caller's own DataSource). */
export async function runQuery(manager: EntityManager, query: Query, options: RunQueryOptions = {}): Promise<QueryResult> {
  const command = COMMANDS.find((candidate) => candidate.kind === query.kind);
  if (!command) throw new Error(`no command runs queries of kind ${query.kind}`);
  const context: CommandContext = {
    manager,
    settings: { ...DEFAULT_SETTINGS, ...options.settings },
    now: async () => (options.now ? options.now.getTime() : latestActivity(manager)),
  };
  return command.run(query, context);
}

/** Parses and runs one command of the language. */
export async function runCommand(manager: EntityManager, text: string, options: RunQueryOptions = {}): Promise<QueryResult> {
  return runQuery(manager, parseCommand(text), options);
}
