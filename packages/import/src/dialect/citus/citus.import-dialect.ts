import { CITUS_DIALECT } from '@hcdm/core';
import type { ImportDialect } from '../import-dialect.js';
import { POSTGRES_IMPORT_DIALECT } from '../postgres/postgres.import-dialect.js';
import { CITUS_STAGED_SQL } from './citus.staged-sql.js';

/**
 * A COPY that a worker's shard refuses (a repeated key, an unknown reference) comes back from
 * the coordinator as an internal error (XX000) carrying the worker's message, not as its
 * integrity violation (class 23): it is the rows' fault all the same.
 */
function isShardRowError(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return code === 'XX000' && typeof message === 'string' && /duplicate key value violates unique constraint|violates foreign key constraint|violates check constraint/.test(message);
}

/** The import on a Citus coordinator: PostgreSQL's, with the statements Citus plans differently. */
export const CITUS_IMPORT_DIALECT: ImportDialect = {
  ...POSTGRES_IMPORT_DIALECT,
  ...CITUS_DIALECT,
  connect: async (manager) => {
    // One connection per worker for the rest of the transaction: a first load drops and remakes
    // indexes and foreign keys, DDL Citus refuses on a table after a parallel command touched
    // it, or one it refers to ("cannot execute parallel DDL on table ... after SELECT command").
    await manager.query(`SET LOCAL citus.multi_shard_modify_mode = 'sequential'`);
    const connection = await POSTGRES_IMPORT_DIALECT.connect(manager);
    // A first load's DROP INDEX locks the table whole (a copied table among them), and a first
    // import then places its precomputed tables: the layout turn comes first (takeLayoutTurn),
    // taken once, held to the transaction's end.
    let hasLayoutTurn = false;
    return {
      ...connection,
      dropIndexes: async (table) => {
        if (!hasLayoutTurn) await CITUS_DIALECT.takeLayoutTurn(manager);
        hasLayoutTurn = true;
        return connection.dropIndexes(table);
      },
      isRowError: (error) => connection.isRowError(error) || isShardRowError(error),
    };
  },
  stagedSql: CITUS_STAGED_SQL,
};
