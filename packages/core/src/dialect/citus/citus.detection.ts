import type { DataSource } from 'typeorm';

/** Data sources connected to a Citus coordinator, as found when each was initialized. */
const CITUS_SOURCES = new WeakSet<object>();

/**
 * Whether the connected database has the `citus` extension: then hcdm's tables are spread over
 * its workers and the SQL written for them takes the Citus dialect. Asked once, on initialize.
 */
export async function detectCitus(dataSource: DataSource): Promise<void> {
  const rows = (await dataSource.query(`SELECT 1 AS citus FROM pg_extension WHERE extname = 'citus'`)) as unknown[];
  if (rows.length > 0) CITUS_SOURCES.add(dataSource);
  else CITUS_SOURCES.delete(dataSource);
}

export function isCitusSource(dataSource: object): boolean {
  return CITUS_SOURCES.has(dataSource);
}
