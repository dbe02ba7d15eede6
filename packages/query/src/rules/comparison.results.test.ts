import { describeEachDatabase } from '@hcdm/test-utils';
import { DEFAULT_SCORING_CONFIG } from '@hcdm/analyses';
import { FILTER_CASES } from '@hcdm/test-database';
import { expect, it } from 'vitest';
import { parseCommand } from '../command.parser.js';
import { runQuery } from '../query.runner.js';
import type { QueryResult, QueryRow } from '../query-result.types.js';
import { insertFixture, openTempDatabase } from '../query.test-utils.js';

// FILTER_CASES, worked from its comments. "now" is its latest record, K9 at 2026-03-20T12:00Z.
// Calls per lead, current 2026-03-11..20 | previous 2026-03-01..10:
// L1 K2 K3 -> 2 | K1 -> 1;  L2 K5 -> 1 | K4 -> 1;  L3 K8 -> 1 | K6 K7 -> 2;  L4 K9 -> 1 | none -> 0.
// SMS: L1 S2 | S1;  L2 S3 | none;  L3 S4 | S5;  L4 none | none.
const CURRENT = 'from 2026-03-11 to 2026-03-20';
const PREVIOUS = 'from 2026-03-01 to 2026-03-10';

async function run(commands: readonly string[], now?: Date): Promise<QueryResult[]> {
  const db = await openTempDatabase({ now });
  await insertFixture(db, FILTER_CASES);
  try {
    const results: QueryResult[] = [];
    for (const command of commands) results.push(await db.query(command));
    return results;
  } finally {
    await db.close();
  }
}

/** Only `keys` of each row, to compare the figures that matter. */
function pick(rows: readonly QueryRow[], keys: readonly string[]): QueryRow[] {
  return rows.map((row) => Object.fromEntries(keys.map((key) => [key, row[key] ?? null])));
}

const num = (key: string, header: string) => ({ key, header, align: 'right' });
const text = (key: string, header: string) => ({ key, header, align: 'left' });

describeEachDatabase('compared with previous period', () => {
  it('ranks leads by the current period and puts the previous figure and the change beside each', async () => {
    const [result] = await run([`show top 5 leads by call volume ${CURRENT} compared with previous period`]);
    const who = (leadId: string, customerId: string, name: string, propertyId: string) => ({
      leadId,
      customerId,
      name,
      phone: `+91980000000${customerId.slice(1)}`,
      propertyId,
    });
    expect(result).toEqual({
      command: `show top 5 leads by call volume ${CURRENT} compared with previous period`,
      title: 'Top 5 leads by call volume (2026-03-11 to 2026-03-20 vs 2026-03-01 to 2026-03-10)',
      shape: 'list',
      columns: [
        text('leadId', 'Lead ID'),
        text('name', 'Name'),
        text('phone', 'Phone'),
        text('propertyId', 'Listing'),
        num('callCount', 'Call Count'),
        num('callCountPrevious', 'Previous Call Count'),
        num('callCountChange', 'Call Count Change'),
      ],
      rows: [
        // 2 after 1: +1, 100 %; 1 after 1: 0, 0 %; 1 after 2: -1, -50 %; 1 after 0: +1, no percentage.
        { ...who('L1', 'C1', 'Asha Rao', 'P1'), callCount: 2, callCountPrevious: 1, callCountChange: 1, callCountChangePct: 100 },
        { ...who('L2', 'C2', 'Bala Nair', 'P2'), callCount: 1, callCountPrevious: 1, callCountChange: 0, callCountChangePct: 0 },
        { ...who('L3', 'C3', 'Chitra Das', 'P3'), callCount: 1, callCountPrevious: 2, callCountChange: -1, callCountChangePct: -50 },
        { ...who('L4', 'C3', 'Chitra Das', 'P2'), callCount: 1, callCountPrevious: 0, callCountChange: 1, callCountChangePct: null },
      ],
    });
  });

  it('gives as previous figures what the same command says over the previous period', async () => {
    const [compared, previous] = await run([`show top 5 leads by engagement ${CURRENT} compared with previous period`, `show top 5 leads by engagement ${PREVIOUS}`]);
    // Engagement now: L1 3, L2 2, L3 2, L4 1; before: L3 3, L1 2, L2 1 (L4 none, so not listed, and 0 beside it).
    const before = new Map(previous?.rows.map((row) => [row.leadId, row]));
    expect(compared?.rows.map((row) => [row.leadId, row.engagement, row.engagementPrevious, before.get(row.leadId)?.engagement ?? 0])).toEqual([
      ['L1', 3, 2, 2],
      ['L2', 2, 1, 1],
      ['L3', 2, 3, 3],
      ['L4', 1, 0, 0],
    ]);
    expect(pick(compared?.rows ?? [], ['leadId', 'callCountPrevious', 'smsCountPrevious', 'smsCountChange'])).toEqual(
      // SMS before: L1 S1, L2 none, L3 S5, L4 none; now L1 S2, L2 S3, L3 S4.
      [
        { leadId: 'L1', callCountPrevious: 1, smsCountPrevious: 1, smsCountChange: 0 },
        { leadId: 'L2', callCountPrevious: 1, smsCountPrevious: 0, smsCountChange: 1 },
        { leadId: 'L3', callCountPrevious: 2, smsCountPrevious: 1, smsCountChange: 0 },
        { leadId: 'L4', callCountPrevious: 0, smsCountPrevious: 0, smsCountChange: 0 },
      ],
    );
  });

  it('compares "in last N days" with the N days before them, as the command said N days earlier', async () => {
    // Now 03-20 12:00: the last 10 days from 03-10 12:00 hold K2 K3 K5 K8 K9; the 10 before, K1 K4 K6 K7.
    const [compared] = await run(['show top 5 leads by call volume in last 10 days compared with previous period']);
    const [earlier] = await run(['show top 5 leads by call volume in last 10 days'], new Date('2026-03-10T12:00:00Z'));
    expect(compared?.title).toBe('Top 5 leads by call volume (last 10 days vs the 10 days before)');
    expect(pick(compared?.rows ?? [], ['leadId', 'callCount', 'callCountPrevious'])).toEqual([
      { leadId: 'L1', callCount: 2, callCountPrevious: 1 },
      { leadId: 'L2', callCount: 1, callCountPrevious: 1 },
      { leadId: 'L3', callCount: 1, callCountPrevious: 2 },
      { leadId: 'L4', callCount: 1, callCountPrevious: 0 },
    ]);
    expect(pick(earlier?.rows ?? [], ['leadId', 'callCount'])).toEqual([
      { leadId: 'L3', callCount: 2 },
      { leadId: 'L1', callCount: 1 },
      { leadId: 'L2', callCount: 1 },
    ]);
  });

  it('scores the previous period as the command did then: its records, recency from "now" moved back', async () => {
    const [compared] = await run(['show top 5 leads by score in last 10 days compared with previous period']);
    const [earlier] = await run(['show top 5 leads by score in last 10 days'], new Date('2026-03-10T12:00:00Z'));
    const before = new Map(earlier?.rows.map((row) => [row.leadId, row.score]));
    expect(compared?.rows).toHaveLength(4); // each lead has a record in the last 10 days
    for (const row of compared?.rows ?? []) {
      expect(row.scorePrevious).toBe(before.get(row.leadId) ?? 0);
      expect(row.scoreChange).toBeCloseTo(Number(row.score) - Number(row.scorePrevious), 6);
    }
    expect(compared?.rows.find((row) => row.leadId === 'L4')?.scorePrevious).toBe(0); // L4 was created on 03-20
  });

  it('compares a filtered ranking over the same filter', async () => {
    const [result] = await run([`show top 3 listings by call inquiries for source referral ${CURRENT} compared with previous period`]);
    // Referral on P2: now K5 [C2] K9 [C3] (K10 has no lead), before K4 [C2].
    expect(result?.title).toBe('Top 3 listings by call inquiries for source referral (2026-03-11 to 2026-03-20 vs 2026-03-01 to 2026-03-10)');
    expect(result?.columns.map((column) => column.key)).toEqual([
      'propertyId', 'title', 'location', 'price', 'callInquiries', 'callInquiriesPrevious', 'callInquiriesChange', 'inquirers',
    ]);
    expect(result?.rows).toEqual([
      {
        propertyId: 'P2',
        title: 'Villa Vashi',
        location: 'Navi Mumbai',
        price: 300,
        callInquiries: 2,
        callInquiriesPrevious: 1,
        callInquiriesChange: 1,
        callInquiriesChangePct: 100,
        inquirers: 2,
        inquirersPrevious: 1,
        inquirersChange: 1,
        inquirersChangePct: 100,
      },
    ]);
  });

  it('compares the roll-ups location by location and band by band', async () => {
    const [locations, bands] = await run([
      `show locations by leads ${CURRENT} compared with previous period`,
      `show price bands by leads with bands 150 ${CURRENT} compared with previous period`,
    ]);
    // Leads now: L4 (Navi Mumbai, 300); before: L1 (Andheri, 100), L2 (Navi Mumbai, 300), L3 (Andheri, 200).
    expect(pick(locations?.rows ?? [], ['location', 'leads', 'leadsPrevious', 'leadsChange', 'leadsChangePct'])).toEqual([
      { location: 'Navi Mumbai', leads: 1, leadsPrevious: 1, leadsChange: 0, leadsChangePct: 0 },
      { location: 'Andheri', leads: 0, leadsPrevious: 2, leadsChange: -2, leadsChangePct: -100 },
    ]);
    expect(pick(bands?.rows ?? [], ['band', 'listings', 'leads', 'leadsPrevious', 'leadsChange'])).toEqual([
      { band: 'over 150', listings: 2, leads: 1, leadsPrevious: 2, leadsChange: -1 },
      { band: 'up to 150', listings: 1, leads: 0, leadsPrevious: 1, leadsChange: -1 },
    ]);
    expect(bands?.title).toBe('Price bands by leads (bands at 150; 2026-03-11 to 2026-03-20 vs 2026-03-01 to 2026-03-10)');
  });

  it('compares every figure of a summary, with the percentage', async () => {
    const [customer, listing] = await run([
      `show customer activity summary for C3 ${CURRENT} compared with previous period`,
      `show listing summary for P2 ${CURRENT} compared with previous period`,
    ]);
    // C3 now: K8 50 s, K9 70 s, S4, lead L4 on P2; before: K6 10 s, K7 20 s, S5, lead L3 on P3.
    expect(customer?.title).toBe('Customer activity summary for Chitra Das (C3), 2026-03-11 to 2026-03-20 vs 2026-03-01 to 2026-03-10');
    expect(customer?.rows).toEqual([
      {
        customerId: 'C3',
        name: 'Chitra Das',
        phone: '+919800000003',
        calls: 2,
        callsPrevious: 2,
        callsChange: 0,
        callsChangePct: 0,
        callSeconds: 120,
        callSecondsPrevious: 30,
        callSecondsChange: 90,
        callSecondsChangePct: 300,
        sms: 1,
        smsPrevious: 1,
        smsChange: 0,
        smsChangePct: 0,
        leadsContacted: 1,
        leadsContactedPrevious: 1,
        leadsContactedChange: 0,
        leadsContactedChangePct: 0,
        listingsInquired: 1,
        listingsInquiredPrevious: 1,
        listingsInquiredChange: 0,
        listingsInquiredChangePct: 0,
        firstContact: '2026-03-14T10:00:00.000Z',
        lastContact: '2026-03-20T12:00:00.000Z',
      },
    ]);
    expect(customer?.columns.slice(3, 7)).toEqual([
      num('calls', 'Calls'),
      num('callsPrevious', 'Previous Calls'),
      num('callsChange', 'Calls Change'),
      num('callsChangePct', 'Calls Change %'),
    ]);
    // P2 now: lead L4, calls K5 K9 K10, SMS S3, customers C2 C3 C1; before: lead L2, call K4, customer C2.
    expect(pick(listing?.rows ?? [], ['leads', 'leadsPrevious', 'calls', 'callsPrevious', 'callsChangePct', 'sms', 'smsPrevious', 'smsChangePct', 'inquirers', 'inquirersPrevious'])).toEqual([
      { leads: 1, leadsPrevious: 1, calls: 3, callsPrevious: 1, callsChangePct: 200, sms: 1, smsPrevious: 0, smsChangePct: null, inquirers: 3, inquirersPrevious: 1 },
    ]);
  });

  it('compares speed to lead and new vs repeat callers, a missing figure having no change', async () => {
    const [speed, callers] = await run([`show speed to lead ${CURRENT} compared with previous period`, `show new vs repeat callers ${CURRENT} compared with previous period`]);
    // Every call of the fixture is inbound, so no lead is reached: now L4, before L1 L2 L3.
    expect(pick(speed?.rows ?? [], ['leads', 'leadsPrevious', 'leadsChange', 'leadsChangePct', 'medianSeconds', 'medianSecondsPrevious', 'medianSecondsChange', 'within1h', 'within1hPrevious'])).toEqual([
      { leads: 1, leadsPrevious: 3, leadsChange: -2, leadsChangePct: -66.7, medianSeconds: null, medianSecondsPrevious: null, medianSecondsChange: null, within1h: 0, within1hPrevious: 0 },
    ]);
    // Now C1 C2 C3 call again (6 calls: K2 K3 K10, K5, K8 K9), all first seen before; before, all three first called (K1, K4, K6 K7).
    expect(pick(callers?.rows ?? [], ['newCallers', 'newCallersPrevious', 'newCallersChangePct', 'repeatCallers', 'repeatCallersPrevious', 'repeatCallersChangePct', 'newCalls', 'newCallsPrevious', 'repeatCalls', 'repeatCallsPrevious'])).toEqual([
      { newCallers: 0, newCallersPrevious: 3, newCallersChangePct: -100, repeatCallers: 3, repeatCallersPrevious: 0, repeatCallersChangePct: null, newCalls: 0, newCallsPrevious: 4, repeatCalls: 6, repeatCallsPrevious: 0 },
    ]);
  });
}, { citus: true });

describeEachDatabase('filtered commands', () => {
  it('name the filters in the title and keep the result keys of the unfiltered command', async () => {
    const [filtered, plain] = await run(['show missed calls for location "navi mumbai"', 'show missed calls']);
    expect(filtered?.title).toBe('Missed calls, returned if called or texted back within 24 hours for location navi mumbai (all time)');
    expect(filtered?.command).toBe('show missed calls within 24 hours for location navi mumbai');
    expect(filtered?.columns).toEqual(plain?.columns);
  });

  it('refuse a value nothing has, naming the values there are', async () => {
    const db = await openTempDatabase();
    await insertFixture(db, FILTER_CASES);
    const error = await db.query('show hot leads for source webiste').catch((caught: unknown) => caught);
    await db.close();
    expect(error).toMatchObject({ code: 'NOT_FOUND', message: 'no lead has source "webiste" (sources: Website, referral, website)' });
  });

  it('run as data: a query built with filters runs like its text', async () => {
    const db = await openTempDatabase();
    await insertFixture(db, FILTER_CASES);
    const options = { scoring: DEFAULT_SCORING_CONFIG };
    const built = await runQuery(db.dataSource.manager, { kind: 'unreached-leads', period: null, filters: { source: 'referral' } }, options);
    const typed = await runQuery(db.dataSource.manager, parseCommand('show unreached leads for source referral'), options);
    await db.close();
    // Every call is inbound: no lead was reached; the referral leads are L2 and L4.
    expect(built).toEqual(typed);
    expect(built.rows.map((row) => row.leadId)).toEqual(['L2', 'L4']);
  });
}, { citus: true });
