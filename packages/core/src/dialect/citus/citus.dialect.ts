import type { Dialect } from '../dialect.js';
import { POSTGRES_DIALECT } from '../postgres/postgres.dialect.js';
import { moveToCustomerOnCitus } from './citus.customer-move.js';
import { distributeOnCitus, isPlacedLikeOnCitus, takeLayoutTurnOnCitus } from './citus.distribute.js';
import { runMigrationsOnCitus } from './citus.migrations.js';

/**
 * A Citus coordinator: PostgreSQL in every statement hcdm writes, with its tables spread over
 * the workers (customers and their records split by customer, the rest copied to every node).
 */
export const CITUS_DIALECT: Dialect = {
  ...POSTGRES_DIALECT,
  name: 'citus',
  distribute: distributeOnCitus,
  isPlacedLike: isPlacedLikeOnCitus,
  takeLayoutTurn: takeLayoutTurnOnCitus,
  moveToCustomer: moveToCustomerOnCitus,
  runMigrations: runMigrationsOnCitus,
};
