export { AttributionLookup } from './attribution.lookup.js';
export { ATTRIBUTED_TABLES, type AttributionScope, refreshAttribution } from './attribution.js';
export { readLeadTableOnPostgres } from './lead-table.postgres.js';
export { readLeadTableOnSqlite } from './lead-table.sqlite.js';
export { type LeadTable } from './lead-table.js';
