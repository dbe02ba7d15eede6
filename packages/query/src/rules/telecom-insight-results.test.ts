import { describeEachDatabase } from '@hcdm/test-utils';
import { expect, it } from 'vitest';
import { openTempDatabase } from '../query.test-utils.js';
import { insertDirectedFixture } from '../query.test-utils.js';
import { INSIGHT_CASES } from '@hcdm/test-database';
import type { QueryResult } from '../query-result.types.js';
import { listCommands } from './rule.registry.js';

async function insights(command: string): Promise<QueryResult> {
  const db = await openTempDatabase();
  await insertDirectedFixture(db, INSIGHT_CASES);
  try {
    return await db.query(command);
  } finally {
    await db.close();
  }
}

const left = (key: string, header: string) => ({ key, header, align: 'left' });
const right = (key: string, header: string) => ({ key, header, align: 'right' });

const CALL_COLUMNS = [left('callId', 'Call ID'), left('name', 'Name'), left('phone', 'Phone'), left('timestamp', 'Time')];
const call = (callId: string, customerId: string, name: string, timestamp: string) => {
  const phone = `+91980000000${customerId.slice(1)}`;
  return { callId, customerId, name, phone, timestamp };
};
const K51 = call('K51', 'C5', 'Esha Kapoor', '2026-03-05T12:00:00.000Z');
const notReturned = { returned: false, returnedAt: null, returnSeconds: null };

describeEachDatabase('telecom insight results', () => {
  it('missed calls, returned true or false with the time of the return', async () => {
    expect(await insights('show missed calls')).toEqual({
      command: 'show missed calls within 24 hours',
      title: 'Missed calls, returned if called or texted back within 24 hours (all time)',
      shape: 'list',
      columns: [...CALL_COLUMNS, right('returnSeconds', 'Seconds to Return')],
      rows: [
        // K21: SMS T2 29 min later; K41: SMS T4 23h59m later; K11: O6 only 24h01m later.
        { ...call('K21', 'C2', 'Bala Nair', '2026-03-02T10:01:00.000Z'), returned: true, returnedAt: '2026-03-02T10:30:00.000Z', returnSeconds: 1740 },
        { ...call('K41', 'C4', 'Dev Singh', '2026-03-05T10:01:00.000Z'), returned: true, returnedAt: '2026-03-06T10:00:00.000Z', returnSeconds: 86340 },
        { ...call('K11', 'C1', 'Asha Rao', '2026-03-05T10:04:00.000Z'), ...notReturned },
        { ...K51, ...notReturned },
      ],
    });
  });

  it('unreturned missed calls within a wider window', async () => {
    expect(await insights('show unreturned missed calls within 25 hours')).toEqual({
      command: 'show unreturned missed calls within 25 hours',
      title: 'Missed calls not called or texted back within 25 hours (all time)',
      shape: 'list',
      columns: CALL_COLUMNS,
      rows: [{ ...K51, ...notReturned }],
    });
  });

  it('new vs repeat callers', async () => {
    expect(await insights('show new vs repeat callers from 2026-03-05 to 2026-03-05')).toEqual({
      command: 'show new vs repeat callers from 2026-03-05 to 2026-03-05',
      title: 'New vs repeat callers (2026-03-05 to 2026-03-05)',
      shape: 'summary',
      columns: [
        right('newCallers', 'New Callers'),
        right('repeatCallers', 'Repeat Callers'),
        right('newCalls', 'Calls by New'),
        right('repeatCalls', 'Calls by Repeat'),
      ],
      rows: [{ newCallers: 2, repeatCallers: 1, newCalls: 3, repeatCalls: 1 }],
    });
  });

  it('speed to lead', async () => {
    expect(await insights('show speed to lead')).toEqual({
      command: 'show speed to lead',
      title: 'Speed to lead (all time)',
      shape: 'summary',
      columns: [
        right('leads', 'Leads'),
        right('reached', 'Reached'),
        right('neverReached', 'Never Reached'),
        right('medianSeconds', 'Median Seconds'),
        right('p90Seconds', '90th Percentile Seconds'),
        right('within5m', 'Within 5 Minutes'),
        right('within1h', 'Within 1 Hour'),
        right('within24h', 'Within 24 Hours'),
      ],
      rows: [
        // Reached 180, 300, 1800, 36000, 172800 s; L5 never: median 3rd, p90 5th; within: 2/6, 3/6, 4/6.
        { leads: 6, reached: 5, neverReached: 1, medianSeconds: 1800, p90Seconds: 172800, within5m: 0.3333, within1h: 0.5, within24h: 0.6667 },
      ],
    });
  });

  it('unreached leads', async () => {
    expect(await insights('show unreached leads')).toEqual({
      command: 'show unreached leads',
      title: 'Unreached leads (all time)',
      shape: 'list',
      columns: [
        left('leadId', 'Lead ID'),
        left('name', 'Name'),
        left('phone', 'Phone'),
        left('propertyId', 'Listing'),
        left('timestamp', 'Lead Time'),
      ],
      rows: [{ leadId: 'L5', customerId: 'C5', name: 'Esha Kapoor', phone: '+919800000005', propertyId: 'P1', timestamp: '2026-03-05T10:00:00.000Z' }],
    });
  });

  it('every insight example in help parses and runs', async () => {
    const ours = /^show (listing summary|locations|price bands|missed|unreturned|new vs|speed|unreached)/;
    const examples = listCommands()
      .map((usage) => usage.example)
      .filter((example) => ours.test(example));
    const db = await openTempDatabase();
    const listings = [...(INSIGHT_CASES.listings ?? []), ['P17', 'Villa Baner', 'Pune', 9_000_000] as const];
    await insertDirectedFixture(db, { ...INSIGHT_CASES, listings });
    const commands = [];
    for (const example of examples) commands.push((await db.query(example)).command);
    await db.close();
    expect(commands).toEqual([
      'show listing summary for P17',
      'show locations by leads',
      'show price bands by leads with bands 5000000,10000000,20000000',
      'show missed calls within 24 hours in last 7 days',
      'show unreturned missed calls within 48 hours',
      'show new vs repeat callers from 2026-03-01 to 2026-03-31',
      'show speed to lead in last 30 days',
      'show unreached leads in last 30 days',
    ]);
  });
}, { citus: true });
