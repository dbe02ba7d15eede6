import type { Dialect } from '../dialect.js';
import { moveToCustomerInPlace } from '../customer-move.js';
import { createPostgresDataSource } from './postgres.data-source.js';
import { mapPostgresError } from './postgres.errors.js';
import { runMigrationsInTurn } from './postgres.migrations.js';
import { setAllowedValuesOnPostgres } from './postgres.allowed-values.js';

/** PostgreSQL through node-postgres (and engines that speak its SQL). */
export const POSTGRES_DIALECT: Dialect = {
  name: 'postgres',
  textColumnType: 'varchar COLLATE "C"',
  tempTableName: (table) => `pg_temp.${table}`,
  joinedIntegers: (expression) => `string_agg(CAST(${expression} AS text), ',')`,
  createDataSource: createPostgresDataSource,
  mapError: mapPostgresError,
  runMigrations: runMigrationsInTurn,
  setAllowedValues: setAllowedValuesOnPostgres,
  // One server holds every table.
  distribute: async () => {},
  isPlacedLike: async () => true,
  moveToCustomer: moveToCustomerInPlace,
};
