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
  // array_agg, not string_agg: Citus aggregates array_agg on each worker and combines the parts,
  // where string_agg would bring every row to the coordinator first.
  joinedIntegers: (expression) => `array_to_string(array_agg(${expression}), ',')`,
  createDataSource: createPostgresDataSource,
  mapError: mapPostgresError,
  runMigrations: runMigrationsInTurn,
  setAllowedValues: setAllowedValuesOnPostgres,
  // One server holds every table.
  distribute: async () => {},
  isPlacedLike: async () => true,
  takeLayoutTurn: async () => {},
  moveToCustomer: moveToCustomerInPlace,
};
