import type { CommandDefinition } from './command.types.js';
import type { CustomerSummaryQuery } from './customer-summary.command.js';
import type { HelpQuery } from './help.command.js';
import type { TopLeadsQuery } from './top-leads.command.js';
import type { TopListingsQuery } from './top-listings.command.js';

/** A parsed command: what `parseCommand` returns and `runQuery` runs. */
export type Query = TopLeadsQuery | TopListingsQuery | CustomerSummaryQuery | HelpQuery;

export type QueryKind = Query['kind'];

export type AnyCommandDefinition = CommandDefinition<Query>;
