export { AttributionLookup } from './attribution.lookup.js';
export { ATTRIBUTED_TABLES, type AttributionScope, refreshAttribution } from './attribution.js';
export { readLeadTableOnPostgres } from './lead-table.postgres.js';
export { readLeadTable } from './lead-table.reader.js';
export { type LeadTable } from './lead-table.js';
