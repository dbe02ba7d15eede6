import { dialectFor } from './dialect.chooser.js';

/**
 * Turns a failure of the database (SQLite or PostgreSQL, by what `database` names) into an
 * HcdmError with one line that names it (a URL without its password); anything else is
 * returned unchanged.
 */
export function mapDatabaseError(error: unknown, database: string): unknown {
  return dialectFor(database).mapError(error, database);
}

/** Runs `work`, mapping database failures as {@link mapDatabaseError} does. */
export async function withDatabaseErrors<T>(database: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw mapDatabaseError(error, database);
  }
}
