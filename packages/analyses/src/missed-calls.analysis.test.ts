import { describeEachDatabase } from '@hcdm/test-utils';
import { expect, it } from 'vitest';
import { openTempDatabase } from './analyses.test-utils.js';
import { insertDirectedFixture } from './analyses.test-utils.js';
import { INSIGHT_CASES } from '@hcdm/test-database';
import { callerNovelty } from './caller-novelty.analysis.js';
import { missedCalls, type MissedCallsAnalysisOptions } from './missed-calls.analysis.js';

async function fixture() {
  const db = await openTempDatabase();
  await insertDirectedFixture(db, INSIGHT_CASES);
  return db;
}

async function missed(options: MissedCallsAnalysisOptions = {}) {
  const db = await fixture();
  try {
    return await missedCalls(db.dataSource.manager, options);
  } finally {
    await db.close();
  }
}

const K21 = { callId: 'K21', customerId: 'C2', name: 'Bala Nair', phone: '+919800000002', timestamp: '2026-03-02T10:01:00.000Z' };
const K41 = { callId: 'K41', customerId: 'C4', name: 'Dev Singh', phone: '+919800000004', timestamp: '2026-03-05T10:01:00.000Z' };
const K11 = { callId: 'K11', customerId: 'C1', name: 'Asha Rao', phone: '+919800000001', timestamp: '2026-03-05T10:04:00.000Z' };
const K51 = { callId: 'K51', customerId: 'C5', name: 'Esha Kapoor', phone: '+919800000005', timestamp: '2026-03-05T12:00:00.000Z' };
const notReturned = { returned: false, returnedAt: null, returnSeconds: null };

describeEachDatabase('missedCalls', () => {
  it('lists inbound missed calls in time order: an outbound SMS returns one, 23h59m is in time, 24h01m is not', async () => {
    expect(await missed()).toEqual([
      { ...K21, returned: true, returnedAt: '2026-03-02T10:30:00.000Z', returnSeconds: 1740 }, // 29 min
      { ...K41, returned: true, returnedAt: '2026-03-06T10:00:00.000Z', returnSeconds: 86340 }, // 23h59m
      { ...K11, ...notReturned },
      { ...K51, ...notReturned },
    ]);
  });

  it('keeps the unreturned ones; a wider window returns K11 (O6 at 24h01m)', async () => {
    expect(await missed({ unreturnedOnly: true })).toEqual([
      { ...K11, ...notReturned },
      { ...K51, ...notReturned },
    ]);
    expect(await missed({ unreturnedOnly: true, windowHours: 25 })).toEqual([{ ...K51, ...notReturned }]);
  });

  it('shows times in the zone and counts only missed calls in the range', async () => {
    const range = { from: Date.parse('2026-03-02T00:00:00Z'), to: Date.parse('2026-03-03T00:00:00Z') };
    expect(await missed({ range, timeZone: 'Asia/Kolkata' })).toEqual([
      { ...K21, timestamp: '2026-03-02T15:31:00.000+05:30', returned: true, returnedAt: '2026-03-02T16:00:00.000+05:30', returnSeconds: 1740 },
    ]);
  });
}, { citus: true });

describeEachDatabase('callerNovelty', () => {
  it('counts a customer whose first inbound call predates the period as repeat', async () => {
    // 2026-03-05 (UTC day): K11 (C1, first call K10 on 02-20: repeat), K41 (C4: new), K51 K52 (C5: new).
    const db = await fixture();
    const range = { from: Date.parse('2026-03-05T00:00:00Z'), to: Date.parse('2026-03-06T00:00:00Z') };
    const row = await callerNovelty(db.dataSource.manager, { range });
    await db.close();
    expect(row).toEqual({ newCallers: 2, repeatCallers: 1, newCalls: 3, repeatCalls: 1 });
  });
}, { citus: true });
