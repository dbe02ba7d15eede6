import { POSTGRES_DIALECT } from '@hcdm/core';
import { readLeadTableOnPostgres } from '@hcdm/attribution';
import type { ImportDialect } from '../import-dialect.js';
import { SINGLE_NODE_STAGED_SQL } from '../staged-sql.js';
import { postgresClientOf } from './postgres.connection.js';
import { postgresImportConnection } from './postgres.import-connection.js';
import { claimPostgresImportLock } from './postgres.turn.js';

/** The import on PostgreSQL: COPY FROM STDIN, and an advisory lock for taking turns. */
export const POSTGRES_IMPORT_DIALECT: ImportDialect = {
  ...POSTGRES_DIALECT,
  // The server checks references itself only where the loader leaves its foreign keys in place.
  prepareSession: () => () => {},
  prepareTransaction: () => () => {},
  claimTurn: claimPostgresImportLock,
  connect: async (manager) => postgresImportConnection(await postgresClientOf(manager)),
  readLeadTable: readLeadTableOnPostgres,
  // Numbered by the server in COPY order; dropped with the transaction at the latest.
  stageSequence: { column: 'bigint GENERATED ALWAYS AS IDENTITY', onCommit: ' ON COMMIT DROP' },
  stagedSql: SINGLE_NODE_STAGED_SQL,
};
