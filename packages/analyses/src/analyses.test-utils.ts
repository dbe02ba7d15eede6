import { refreshAttribution } from '@hcdm/attribution';
import { insertAgentRows, insertDirectedRows, insertProfileRows, insertRows, insertSourceRows, type Fixture, type TempDatabase } from '@hcdm/test-database';
import { type DirectedFixture } from '@hcdm/test-database';

export { openTempDatabase, type Fixture } from '@hcdm/test-database';

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
