import { describeEachDatabase } from '@hcdm/test-utils';
import { expect, it } from 'vitest';
import { insertFixture, openTempDatabase } from '../analyses.test-utils.js';
import { leadDetails } from './lead-details.sql.js';
import { SCORING_CASES } from '@hcdm/test-database';

describeEachDatabase('leadDetails', () => {
  it('reads the customer and listing of every asked lead, a batch at a time, ignoring unknown ids', async () => {
    const db = await openTempDatabase();
    await insertFixture(db, SCORING_CASES);
    const details = await leadDetails(db.dataSource.manager, ['LE', 'LA', 'L999', 'LC', 'LB'], 2);
    await db.close();
    expect([...details.values()].sort((a, b) => (a.leadId < b.leadId ? -1 : 1))).toEqual([
      { leadId: 'LA', customerId: 'C1', name: 'Asha Rao', phone: '+919800000001', propertyId: 'P1' },
      { leadId: 'LB', customerId: 'C2', name: 'Bala Nair', phone: '+919800000002', propertyId: 'P1' },
      { leadId: 'LC', customerId: 'C3', name: 'Chitra Das', phone: '+919800000003', propertyId: 'P2' },
      { leadId: 'LE', customerId: 'C4', name: 'Dev Singh', phone: '+919800000004', propertyId: 'P1' },
    ]);
  });
}, { citus: true });
