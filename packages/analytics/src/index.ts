export { hcdmEntities, hcdmMigrations } from './schema.js';
export { refreshAttribution, ATTRIBUTED_TABLES, type AttributionScope } from './attribution.js';
export { openDatabase, HcdmDatabase, type OpenDatabaseOptions } from './hcdm-database.js';
export type { QueryColumn, QueryResult, QueryRow, QueryValue } from './query-result.types.js';
export { parseCommand } from './commands/command.parser.js';
export { listCommands, COMMANDS } from './commands/command.registry.js';
export { runQuery, runCommand, type RunQueryOptions } from './commands/query.runner.js';
export type { Query, QueryKind, AnyCommandDefinition } from './commands/query.types.js';
export type { CommandDefinition, CommandContext, CommandMatch } from './commands/command.types.js';
export type { TopLeadsQuery } from './commands/top-leads.command.js';
export type { TopListingsQuery } from './commands/top-listings.command.js';
export type { CustomerSummaryQuery } from './commands/customer-summary.command.js';
export type { HelpQuery, CommandUsage } from './commands/help.command.js';
export { UnknownCommandError, InvalidCommandError } from './analytics.errors.js';
export { mapSqliteError, withSqliteErrors } from './sqlite-errors.js';
export { topLeads, LEAD_METRICS, type LeadMetric, type TopLeadRow, type TopLeadsOptions } from './analyses/top-leads.analysis.js';
export {
  topListings,
  LISTING_METRICS,
  type ListingMetric,
  type TopListingRow,
  type TopListingsOptions,
} from './analyses/top-listings.analysis.js';
export {
  customerSummary,
  type CustomerSummaryOptions,
  type CustomerSummaryRow,
} from './analyses/customer-summary.analysis.js';
export { findCustomerByIdOrPhone } from './analyses/customer-lookup.analysis.js';
export { latestActivity } from './analyses/latest-activity.analysis.js';
export { importData } from './import/import-data.js';
export type { ImportOptions, ImportSummary } from './import/import.types.js';
export type { ImportProgress, RecordKind, RowProblem } from '@hcdm/core';
export { resolveImportFiles } from './import/import-files.js';
export { IMPORT_SPECS } from './import/import.specs.js';
