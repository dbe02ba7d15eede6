import { refreshAttribution } from '@hcdm/attribution';
import { DEFAULT_SCORING_CONFIG } from '@hcdm/analyses';
import { insertAgentRows, insertDirectedRows, insertProfileRows, insertRows, insertSourceRows, openTempDatabase as openDatabase, type Fixture, type TempDatabase, type TempDatabaseOptions } from '@hcdm/test-database';
import { type DirectedFixture } from '@hcdm/test-database';
import { parseCommand } from './command.parser.js';
import { runQuery, type RunQueryOptions } from './query.runner.js';
import type { QueryResult } from './query-result.types.js';

export type { Fixture } from '@hcdm/test-database';

/** A test database that answers commands, as an HcdmDatabase does with the default scoring. */
export interface QueryTestDatabase extends TempDatabase {
  /** `options` over the defaults (the lead statuses a test configures). */
  query(text: string, options?: RunQueryOptions): Promise<QueryResult>;
}

export async function openTempDatabase(options: TempDatabaseOptions = {}): Promise<QueryTestDatabase> {
  const db = await openDatabase(options);
  const context = { settings: db.settings, now: db.now, scoring: DEFAULT_SCORING_CONFIG };
  return { ...db, query: (text, more) => runQuery(db.dataSource.manager, parseCommand(text), { ...context, ...more }) };
}

/** Inserts the fixture, then attributes every call and SMS, as an import leaves them. */
export async function insertFixture(db: Pick<TempDatabase, 'dataSource'>, fixture: Fixture): Promise<void> {
  await insertRows(db, fixture);
  await refreshAttribution(db.dataSource.manager, { kind: 'all' });
}

/** Inserts the fixture's customers, listings and leads, then its directed calls and SMS, then attributes them. */
export async function insertDirectedFixture(db: Pick<TempDatabase, 'dataSource'>, fixture: DirectedFixture): Promise<void> {
  await insertDirectedRows(db, fixture);
  await refreshAttribution(db.dataSource.manager, { kind: 'all' });
}

/** Inserts the profile cases (every call's direction, status and seconds, every SMS's length), then attributes them. */
export async function insertProfileCases(db: Pick<TempDatabase, 'dataSource'>): Promise<void> {
  await insertProfileRows(db);
  await refreshAttribution(db.dataSource.manager, { kind: 'all' });
}

/** Inserts the source cases (leads with sources and statuses), then attributes them. */
export async function insertSourceCases(db: Pick<TempDatabase, 'dataSource'>): Promise<void> {
  await insertSourceRows(db);
  await refreshAttribution(db.dataSource.manager, { kind: 'all' });
}

/** Inserts the agent cases (agents on leads, calls and SMS; every call's outcome), then attributes them. */
export async function insertAgentCases(db: Pick<TempDatabase, 'dataSource'>): Promise<void> {
  await insertAgentRows(db);
  await refreshAttribution(db.dataSource.manager, { kind: 'all' });
}
