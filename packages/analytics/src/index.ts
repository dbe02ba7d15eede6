export { hcdmEntities, hcdmMigrations } from './schema.js';
export { refreshAttribution, ATTRIBUTED_TABLES, type AttributionScope } from './attribution.js';
