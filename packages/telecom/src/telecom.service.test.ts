import { InvalidValueError } from '@hcdm/core';
import type { DataSource } from 'typeorm';
import { describeEachDatabase } from '@hcdm/test-utils';
import { afterEach, expect, it } from 'vitest';
import { insertTelecomFixture, openTelecomDb, type TelecomFixture } from './telecom-insights.test-utils.js';
import { TelecomService } from './telecom.service.js';

// Each missed call's return (24 h window) is worked out beside it.
const FIXTURE: TelecomFixture = {
  customers: [['C3', 'Cas', '+919876543212']],
  calls: [
    ['A0', 'C1', '2026-02-20T10:00:00Z', 'inbound', 'answered'], // C1's first inbound call ever
    ['M1', 'C1', '2026-03-01T10:00:00Z', 'inbound', 'missed'], // R1 23h59m later: returned
    ['A1', 'C1', '2026-03-01T11:00:00Z', 'inbound', 'answered'], // answered: not a missed call
    ['R1', 'C1', '2026-03-02T09:59:00Z', 'outbound', 'answered'],
    ['M2', 'C2', '2026-03-01T12:00:00Z', 'inbound', 'missed'], // R2 24h01m later: unreturned
    ['R2', 'C2', '2026-03-02T12:01:00Z', 'outbound', 'answered'],
    ['M3', 'C2', '2026-03-03T08:00:00Z', 'inbound', 'missed'], // SMS T3 08:30 before call R3 09:00
    ['R3', 'C2', '2026-03-03T09:00:00Z', 'outbound', 'answered'],
    ['B4', 'C1', '2026-03-04T09:00:00Z', 'outbound', 'answered'], // before M4: returns nothing
    ['M4', 'C1', '2026-03-04T10:00:00Z', 'inbound', 'missed'], // only inbound SMS I4, C2's X4; R5 38h later
    ['X4', 'C2', '2026-03-04T10:10:00Z', 'outbound', 'answered'],
    ['M5', 'C1', '2026-03-06T00:00:00Z', 'inbound', 'missed'], // R5 at the same instant: returned
    ['R5', 'C1', '2026-03-06T00:00:00Z', 'outbound', 'missed'], // unanswered, still a return
    ['N1', 'C3', '2026-02-25T00:00:00Z', 'outbound', 'answered'], // outbound: makes C3 no caller
    ['N2', 'C3', '2026-03-05T00:00:00Z', 'inbound', 'answered'], // C3's first inbound call
    ['N3', 'C3', '2026-03-07T00:00:00Z', 'inbound', 'missed'], // nothing outbound after: unreturned
    ['M6', 'C2', '2026-03-08T00:00:00Z', 'inbound', 'missed'], // SMS T6 exactly 24h later: returned
  ],
  sms: [
    ['T3', 'C2', '2026-03-03T08:30:00Z', 'outbound'],
    ['I4', 'C1', '2026-03-04T10:05:00Z', 'inbound'],
    ['T6', 'C2', '2026-03-09T00:00:00Z', 'outbound'],
  ],
};

const PHONES: Record<string, [string, string]> = { C1: ['Ann', '+919876543210'], C2: ['Bob', '+919876543211'], C3: ['Cas', '+919876543212'] };

function missed(callId: string, customerId: string, at: string, returnedAt: string | null) {
  const [name, phone] = PHONES[customerId]!;
  return { callId, customerId, name, phone, occurredAt: new Date(at), returnedAt: returnedAt === null ? null : new Date(returnedAt) };
}

const M1 = missed('M1', 'C1', '2026-03-01T10:00:00Z', '2026-03-02T09:59:00Z');
const M2 = missed('M2', 'C2', '2026-03-01T12:00:00Z', null);
const M3 = missed('M3', 'C2', '2026-03-03T08:00:00Z', '2026-03-03T08:30:00Z');
const M4 = missed('M4', 'C1', '2026-03-04T10:00:00Z', null);
const M5 = missed('M5', 'C1', '2026-03-06T00:00:00Z', '2026-03-06T00:00:00Z');
const N3 = missed('N3', 'C3', '2026-03-07T00:00:00Z', null);
const M6 = missed('M6', 'C2', '2026-03-08T00:00:00Z', '2026-03-09T00:00:00Z');

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

describeEachDatabase('TelecomService.missedCalls', () => {
  it('lists inbound missed calls in time order with the first outbound call or SMS within 24 hours, both ends included', async () => {
    expect(await (await service()).missedCalls()).toEqual([M1, M2, M3, M4, M5, N3, M6]);
  });

  it('keeps only the unreturned ones: 24h01m later is too late', async () => {
    expect(await (await service()).unreturnedMissedCalls()).toEqual([M2, M4, N3]);
  });

  it('takes the window in hours: in 48 hours R2 returns M2 and R5 returns M4', async () => {
    const telecom = await service();
    expect(await telecom.missedCalls({ windowHours: 48, range: range('2026-03-01T00:00:00Z', '2026-03-05T00:00:00Z') })).toEqual([
      M1,
      { ...M2, returnedAt: new Date('2026-03-02T12:01:00Z') },
      M3,
      { ...M4, returnedAt: new Date('2026-03-06T00:00:00Z') },
    ]);
    expect(await telecom.unreturnedMissedCalls({ windowHours: 48 })).toEqual([N3]);
  });

  it('filters the missed calls by the range, while their returns may fall after it', async () => {
    const telecom = await service();
    expect(await telecom.missedCalls({ range: range('2026-03-03T00:00:00Z', '2026-03-07T00:00:00Z') })).toEqual([M3, M4, M5]);
    expect(await telecom.missedCalls({ range: range('2026-03-08T00:00:00Z', '2026-03-09T00:00:00Z') })).toEqual([M6]);
  });

  it('refuses a window of no hours', async () => {
    const error = await (await service()).missedCalls({ windowHours: 0 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidValueError);
    expect((error as Error).message).toBe('windowHours: needs a number of hours above 0 (0)');
  });
}, { citus: true });

describeEachDatabase('TelecomService.callerNovelty', () => {
  it('splits callers by whether their first inbound call ever falls in the period', async () => {
    // [03-02, 03-10): C1 M4 M5 (first A0 02-20: repeat), C2 M3 M6 (first M2 03-01: repeat),
    // C3 N2 N3 (first N2 03-05, the outbound N1 before does not count: new).
    expect(await (await service()).callerNovelty(range('2026-03-02T00:00:00Z', '2026-03-10T00:00:00Z'))).toEqual({
      newCallers: 1,
      repeatCallers: 2,
      newCalls: 2,
      repeatCalls: 4,
    });
  });

  it('counts a caller whose first call is in the period as new, with all their calls in it', async () => {
    // [03-01, 03-02): C1 M1 A1 (first A0: repeat, 2 calls); C2 M2 (first: new, 1 call).
    expect(await (await service()).callerNovelty(range('2026-03-01T00:00:00Z', '2026-03-02T00:00:00Z'))).toEqual({
      newCallers: 1,
      repeatCallers: 1,
      newCalls: 1,
      repeatCalls: 2,
    });
  });

  it('makes every caller new over all time, and answers zeros for a quiet period', async () => {
    const telecom = await service();
    // Inbound calls: C1 A0 M1 A1 M4 M5 = 5, C2 M2 M3 M6 = 3, C3 N2 N3 = 2.
    expect(await telecom.callerNovelty()).toEqual({ newCallers: 3, repeatCallers: 0, newCalls: 10, repeatCalls: 0 });
    expect(await telecom.callerNovelty(range('2027-01-01T00:00:00Z', '2027-01-02T00:00:00Z'))).toEqual({
      newCallers: 0,
      repeatCallers: 0,
      newCalls: 0,
      repeatCalls: 0,
    });
  });
}, { citus: true });

// Every status but answered makes an inbound call a missed call; outbound ones are returns whatever their status.
const OUTCOMES: TelecomFixture = {
  calls: [
    ['V1', 'C1', '2026-04-01T10:00:00Z', 'inbound', 'voicemail'], // SMS W1 2 h later: returned
    ['A1', 'C1', '2026-04-01T11:00:00Z', 'inbound', 'answered'], // answered: not a missed call
    ['B1', 'C1', '2026-04-02T10:00:00Z', 'inbound', 'busy'], // nothing outbound to C1 until 04-03 11:00 (25 h): unreturned
    ['F1', 'C1', '2026-04-03T10:00:00Z', 'inbound', 'failed'], // O1 1 h later, itself busy: still a return
    ['O1', 'C1', '2026-04-03T11:00:00Z', 'outbound', 'busy'], // outbound: never a missed call
    ['X1', 'C2', '2026-04-03T12:00:00Z', 'outbound', 'voicemail'], // outbound: never a missed call
    ['M1', 'C2', '2026-04-04T10:00:00Z', 'inbound', 'missed'], // nothing outbound after: unreturned
  ],
  sms: [['W1', 'C1', '2026-04-01T12:00:00Z', 'outbound']],
};

describeEachDatabase('TelecomService.missedCalls with every outcome', () => {
  const V1 = missed('V1', 'C1', '2026-04-01T10:00:00Z', '2026-04-01T12:00:00Z');
  const B1 = missed('B1', 'C1', '2026-04-02T10:00:00Z', null);
  const F1 = missed('F1', 'C1', '2026-04-03T10:00:00Z', '2026-04-03T11:00:00Z');
  const M1 = missed('M1', 'C2', '2026-04-04T10:00:00Z', null);

  async function outcomes(): Promise<TelecomService> {
    dataSource = await openTelecomDb();
    await insertTelecomFixture(dataSource, OUTCOMES);
    return new TelecomService(dataSource);
  }

  it('counts inbound voicemail, busy and failed calls as missed, and no outbound call whatever its status', async () => {
    expect(await (await outcomes()).missedCalls()).toEqual([V1, B1, F1, M1]);
  });

  it('leaves unreturned only the missed calls no outbound call or SMS followed within the window', async () => {
    const telecom = await outcomes();
    expect(await telecom.unreturnedMissedCalls()).toEqual([B1, M1]);
    // In 26 hours O1 (25 h after B1) returns B1 too.
    expect(await telecom.unreturnedMissedCalls({ windowHours: 26 })).toEqual([M1]);
  });

  it('counts a voicemail as an inbound call for new versus repeat callers, as a missed call always was', async () => {
    // Inbound calls: C1 V1 A1 B1 F1 = 4, C2 M1 = 1; both new over all time.
    expect(await (await outcomes()).callerNovelty()).toEqual({ newCallers: 2, repeatCallers: 0, newCalls: 5, repeatCalls: 0 });
  });
}, { citus: true });
