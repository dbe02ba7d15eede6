import { SQLITE_DIALECT, sqliteOf } from '@hcdm/core';
import { readLeadTableOnSqlite } from '@hcdm/attribution';
import type { ImportDialect } from '../import-dialect.js';
import { SINGLE_NODE_STAGED_SQL } from '../staged-sql.js';
import { sqliteImportConnection } from './sqlite.import-connection.js';
import { useImportPragmas, withoutForeignKeyEnforcement } from './sqlite.pragmas.js';
import { claimSqliteWriteLock } from './sqlite.turn.js';

/** The import on SQLite: one writer at a time, statements through better-sqlite3 itself. */
export const SQLITE_IMPORT_DIALECT: ImportDialect = {
  ...SQLITE_DIALECT,
  prepareSession: withoutForeignKeyEnforcement,
  prepareTransaction: useImportPragmas,
  claimTurn: claimSqliteWriteLock,
  connect: async (manager) => sqliteImportConnection(sqliteOf(manager)),
  readLeadTable: async (manager) => readLeadTableOnSqlite(manager),
  // The rowid: staged rows are numbered as inserted; a temporary table ends with the connection.
  stageSequence: { column: 'integer PRIMARY KEY', onCommit: '' },
  stagedSql: SINGLE_NODE_STAGED_SQL,
};
