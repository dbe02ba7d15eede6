// Every entity and every migration of an hcdm database, for a program's own DataSource.
export { hcdmEntities, hcdmMigrations } from './schema.js';
