import type { Dialect } from '../dialect.js';
import { moveToCustomerInPlace } from '../customer-move.js';
import { createSqliteDataSource } from './sqlite.data-source.js';
import { mapSqliteError } from './sqlite.errors.js';
import { setAllowedValuesOnSqlite } from './sqlite.allowed-values.js';

/** SQLite through better-sqlite3: one file, one writer at a time. */
export const SQLITE_DIALECT: Dialect = {
  name: 'sqlite',
  textColumnType: 'varchar',
  tempTableName: (table) => `temp.${table}`,
  joinedIntegers: (expression) => `group_concat(${expression}, ',')`,
  createDataSource: createSqliteDataSource,
  mapError: mapSqliteError,
  // SQLite's own write lock makes two programs migrating one new file take turns.
  runMigrations: async (dataSource) => {
    await dataSource.runMigrations({ transaction: 'all' });
  },
  setAllowedValues: setAllowedValuesOnSqlite,
  // One file holds every table.
  distribute: async () => {},
  isPlacedLike: async () => true,
  takeLayoutTurn: async () => {},
  moveToCustomer: moveToCustomerInPlace,
};
