import { describeEachDatabase } from '@hcdm/test-utils';
import { expect, it } from 'vitest';
import { insertAgentCases, openTempDatabase } from './analyses.test-utils.js';
import { callOutcomes } from './call-outcomes.analysis.js';

async function outcomes(from?: string, to?: string) {
  const db = await openTempDatabase();
  await insertAgentCases(db);
  const range = from && to ? { from: Date.parse(from), to: Date.parse(to) } : undefined;
  try {
    return await callOutcomes(db.dataSource.manager, { range });
  } finally {
    await db.close();
  }
}

const row = (direction: string, status: string, calls: number, share: number | null) => ({ direction, status, calls, share });

describeEachDatabase('callOutcomes', () => {
  it('counts every direction and status, zeros included, with shares of the direction adding up to 1', async () => {
    // Inbound (6): K1 answered; K5 K6 missed; K2 voicemail; K3 busy; K4 failed. Sixths: 1666 r 4 four
    // times and 3333 r 2 make 9997 units; the 3 missing go to the first three with remainder 4.
    // Outbound (5): O1 O4 O5 answered; X4 voicemail; O6 busy: 3/5, 0, 1/5, 1/5, 0.
    const rows = await outcomes();
    expect(rows).toEqual([
      row('inbound', 'answered', 1, 0.1667),
      row('inbound', 'missed', 2, 0.3333),
      row('inbound', 'voicemail', 1, 0.1667),
      row('inbound', 'busy', 1, 0.1667),
      row('inbound', 'failed', 1, 0.1666),
      row('outbound', 'answered', 3, 0.6),
      row('outbound', 'missed', 0, 0),
      row('outbound', 'voicemail', 1, 0.2),
      row('outbound', 'busy', 1, 0.2),
      row('outbound', 'failed', 0, 0),
    ]);
    // The 11 calls of the fixture, 6 inbound and 5 outbound.
    expect(rows.reduce((sum, r) => sum + r.calls, 0)).toBe(11);
  });

  it('counts the calls of the period only', async () => {
    // [03-04, 03-07): inbound K4 failed, K5 K6 missed; outbound O4 O5 answered, X4 voicemail, O6 busy.
    expect(await outcomes('2026-03-04T00:00:00Z', '2026-03-07T00:00:00Z')).toEqual([
      row('inbound', 'answered', 0, 0),
      row('inbound', 'missed', 2, 0.6667),
      row('inbound', 'voicemail', 0, 0),
      row('inbound', 'busy', 0, 0),
      row('inbound', 'failed', 1, 0.3333),
      row('outbound', 'answered', 2, 0.5),
      row('outbound', 'missed', 0, 0),
      row('outbound', 'voicemail', 1, 0.25),
      row('outbound', 'busy', 1, 0.25),
      row('outbound', 'failed', 0, 0),
    ]);
  });

  it('has every row with 0 calls and no share when the period has no calls', async () => {
    const rows = await outcomes('2027-01-01T00:00:00Z', '2027-01-02T00:00:00Z');
    expect(rows.map((r) => [r.calls, r.share])).toEqual(Array.from({ length: 10 }, () => [0, null]));
  });
}, { citus: true });
