import { insertRows, type Fixture, type TempDatabase } from '@hcdm/test-database';
import { refreshAttribution } from './attribution.js';

export { openTempDatabase } from '@hcdm/test-database';

/** Inserts the fixture, then attributes every call and SMS with the SQL rule. */
export async function insertFixture(db: Pick<TempDatabase, 'dataSource'>, fixture: Fixture): Promise<void> {
  await insertRows(db, fixture);
  await refreshAttribution(db.dataSource.manager, { kind: 'all' });
}
