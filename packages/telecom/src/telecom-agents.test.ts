import { ALL_TIME } from '@hcdm/core';
import type { DataSource } from 'typeorm';
import { describeEachDatabase } from '@hcdm/test-utils';
import { afterEach, expect, it } from 'vitest';
import { insertTelecomFixture, openTelecomDb, type TelecomFixture } from './telecom-insights.test-utils.js';
import { TelecomService } from './telecom.service.js';

// Answered calls last 60 s, the others 0 s (telecom-insights.test-utils).
const FIXTURE: TelecomFixture = {
  calls: [
    ['A1', 'C1', '2026-04-01T09:00:00Z', 'inbound', 'answered', 'Anita'],
    ['A2', 'C1', '2026-04-01T10:00:00Z', 'outbound', 'answered', 'Anita'],
    ['A3', 'C2', '2026-04-02T09:00:00Z', 'inbound', 'voicemail', 'Anita'], // missed; Rahul's SMS R1 1 h later returns it
    ['B1', 'C2', '2026-04-03T09:00:00Z', 'inbound', 'busy', 'Rahul'], // missed; S2 26 h later is too late: unreturned
    ['B2', 'C1', '2026-04-03T12:00:00Z', 'outbound', 'failed', 'Rahul'],
    ['N1', 'C1', '2026-04-04T09:00:00Z', 'inbound', 'missed'], // no agent: nobody's
  ],
  sms: [
    ['R1', 'C2', '2026-04-02T10:00:00Z', 'outbound', 'Rahul'],
    ['S1', 'C1', '2026-04-04T10:00:00Z', 'inbound', 'Anita'],
    ['S2', 'C2', '2026-04-04T11:00:00Z', 'outbound'],
  ],
};

const range = (from: string, to: string) => ({ from: Date.parse(from), to: Date.parse(to) });

let dataSource: DataSource;
afterEach(async () => {
  if (dataSource?.isInitialized) await dataSource.destroy();
});

async function service(): Promise<TelecomService> {
  dataSource = await openTelecomDb();
  await insertTelecomFixture(dataSource, FIXTURE);
  return new TelecomService(dataSource);
}

describeEachDatabase('TelecomService.callOutcomes', () => {
  it('counts the calls per direction and status, inbound first; the counts add up to every call', async () => {
    expect(await (await service()).callOutcomes()).toEqual([
      { direction: 'inbound', status: 'answered', calls: 1 }, // A1
      { direction: 'inbound', status: 'busy', calls: 1 }, // B1
      { direction: 'inbound', status: 'missed', calls: 1 }, // N1
      { direction: 'inbound', status: 'voicemail', calls: 1 }, // A3
      { direction: 'outbound', status: 'answered', calls: 1 }, // A2
      { direction: 'outbound', status: 'failed', calls: 1 }, // B2
    ]);
  });

  it('counts only the calls in the range', async () => {
    // [04-02, 04-04): A3, B1, B2.
    expect(await (await service()).callOutcomes(range('2026-04-02T00:00:00Z', '2026-04-04T00:00:00Z'))).toEqual([
      { direction: 'inbound', status: 'busy', calls: 1 },
      { direction: 'inbound', status: 'voicemail', calls: 1 },
      { direction: 'outbound', status: 'failed', calls: 1 },
    ]);
  });
}, { citus: true });

describeEachDatabase('TelecomService.agentActivity and missedCallsByAgent', () => {
  it("sums each agent's calls, talk time and SMS, leaving records without an agent out", async () => {
    // Anita: A1 A2 A3 = 3 calls, 60 + 60 + 0 = 120 s, inbound A1 A3 (A1 answered), SMS S1.
    // Rahul: B1 B2 = 2 calls, 0 s, inbound B1 (not answered), SMS R1. N1 and S2 have no agent: 3 + 2 + 1 = 6 calls.
    expect(await (await service()).agentActivity()).toEqual([
      { agent: 'Anita', calls: 3, callSeconds: 120, inboundCalls: 2, answeredInboundCalls: 1, outboundCalls: 1, sms: 1 },
      { agent: 'Rahul', calls: 2, callSeconds: 0, inboundCalls: 1, answeredInboundCalls: 0, outboundCalls: 1, sms: 1 },
    ]);
  });

  it('counts in the range only, and one agent when asked', async () => {
    const telecom = await service();
    // [04-02, 04-04): Anita A3; Rahul B1 B2 and R1.
    const april2to3 = range('2026-04-02T00:00:00Z', '2026-04-04T00:00:00Z');
    expect(await telecom.agentActivity({ range: april2to3 })).toEqual([
      { agent: 'Anita', calls: 1, callSeconds: 0, inboundCalls: 1, answeredInboundCalls: 0, outboundCalls: 0, sms: 0 },
      { agent: 'Rahul', calls: 2, callSeconds: 0, inboundCalls: 1, answeredInboundCalls: 0, outboundCalls: 1, sms: 1 },
    ]);
    expect(await telecom.agentActivity({ range: april2to3, agent: 'Rahul' })).toEqual([
      { agent: 'Rahul', calls: 2, callSeconds: 0, inboundCalls: 1, answeredInboundCalls: 0, outboundCalls: 1, sms: 1 },
    ]);
  });

  it("counts each agent's missed calls and the unreturned ones, a return by anyone counting", async () => {
    const telecom = await service();
    // Anita: A3, returned by Rahul's R1. Rahul: B1, unreturned. N1 (no agent) is nobody's.
    expect(await telecom.missedCallsByAgent()).toEqual([
      { agent: 'Anita', missedCalls: 1, unreturnedMissedCalls: 0 },
      { agent: 'Rahul', missedCalls: 1, unreturnedMissedCalls: 1 },
    ]);
    // Within 27 hours S2 (26 h after B1) returns B1.
    expect(await telecom.missedCallsByAgent({ windowHours: 27, agent: 'Rahul' })).toEqual([{ agent: 'Rahul', missedCalls: 1, unreturnedMissedCalls: 0 }]);
    expect(await telecom.missedCallsByAgent({ range: range('2026-04-03T00:00:00Z', '2026-04-05T00:00:00Z') })).toEqual([
      { agent: 'Rahul', missedCalls: 1, unreturnedMissedCalls: 1 },
    ]);
  });

  it("keeps only the records a caller's condition keeps, the returns whoever's they are", async () => {
    const telecom = await service();
    // Customer C2's records: Anita A3 (inbound voicemail, 0 s); Rahul B1 (inbound busy, 0 s) and SMS R1.
    const c2 = { condition: 'r.customerId = :customer', parameters: { customer: 'C2' } };
    expect(await telecom.agentActivity({ range: ALL_TIME, where: c2 })).toEqual([
      { agent: 'Anita', calls: 1, callSeconds: 0, inboundCalls: 1, answeredInboundCalls: 0, outboundCalls: 0, sms: 0 },
      { agent: 'Rahul', calls: 1, callSeconds: 0, inboundCalls: 1, answeredInboundCalls: 0, outboundCalls: 0, sms: 1 },
    ]);
    // The voicemail A3 alone: still returned by R1, a record the condition does not name.
    const voicemail = { condition: 'mc.status = :status', parameters: { status: 'voicemail' } };
    expect(await telecom.missedCallsByAgent({ where: voicemail })).toEqual([{ agent: 'Anita', missedCalls: 1, unreturnedMissedCalls: 0 }]);
  });
}, { citus: true });
