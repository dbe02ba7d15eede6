export { hcdmEntities, hcdmMigrations } from './schema.js';
