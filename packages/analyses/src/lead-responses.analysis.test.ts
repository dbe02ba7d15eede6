import { describeEachDatabase } from '@hcdm/test-utils';
import { expect, it } from 'vitest';
import { openTempDatabase } from './analyses.test-utils.js';
import { insertDirectedFixture } from './analyses.test-utils.js';
import { INSIGHT_CASES } from '@hcdm/test-database';
import { leadResponses, unreachedLeads } from './lead-responses.analysis.js';

async function fixture() {
  const db = await openTempDatabase();
  await insertDirectedFixture(db, INSIGHT_CASES);
  return db;
}

const lead = (leadId: string, customerId: string, name: string, day: string) => ({
  leadId,
  customerId,
  name,
  phone: `+91980000000${customerId.slice(1)}`,
  propertyId: 'P1',
  timestamp: `2026-03-${day}T10:00:00.000Z`,
});

describeEachDatabase('leadResponses', () => {
  it('gives each lead its first outbound call or SMS at or after it, in creation order', async () => {
    const db = await fixture();
    const rows = await leadResponses(db.dataSource.manager);
    await db.close();
    expect(rows).toEqual([
      { ...lead('L1', 'C1', 'Asha Rao', '01'), firstResponseAt: '2026-03-01T10:03:00.000Z', responseSeconds: 180 },
      { ...lead('L2', 'C2', 'Bala Nair', '02'), firstResponseAt: '2026-03-02T10:30:00.000Z', responseSeconds: 1800 },
      { ...lead('L3', 'C3', 'Chitra Das', '03'), firstResponseAt: '2026-03-03T20:00:00.000Z', responseSeconds: 36000 },
      { ...lead('L4', 'C4', 'Dev Singh', '04'), firstResponseAt: '2026-03-06T10:00:00.000Z', responseSeconds: 172800 },
      { ...lead('L5', 'C5', 'Esha Kapoor', '05'), firstResponseAt: null, responseSeconds: null },
      { ...lead('L6', 'C1', 'Asha Rao', '06'), firstResponseAt: '2026-03-06T10:05:00.000Z', responseSeconds: 300 },
    ]);
  });
}, { citus: true });

describeEachDatabase('unreachedLeads', () => {
  it('lists the leads no outbound call or SMS ever followed', async () => {
    const db = await fixture();
    const all = await unreachedLeads(db.dataSource.manager);
    const range = { from: Date.parse('2026-03-01T00:00:00Z'), to: Date.parse('2026-03-05T00:00:00Z') };
    const early = await unreachedLeads(db.dataSource.manager, { range });
    await db.close();
    expect([all, early]).toEqual([[lead('L5', 'C5', 'Esha Kapoor', '05')], []]);
  });
}, { citus: true });
