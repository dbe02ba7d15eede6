import { HcdmError } from '@hcdm/core';
import { readCustomerAliases } from '@hcdm/identity';
import { ATTRIBUTION_CASES, dumpTables } from '@hcdm/test-database';
import { describeEachDatabase } from '@hcdm/test-utils';
import { expect, it } from 'vitest';
import { insertFixture, openTempDatabase } from './analytics.test-utils.js';
import type { HcdmDatabase } from './hcdm-database.js';

// ATTRIBUTION_CASES (hand-worked in @hcdm/test-database) and C7, who shares C2's phone.
const FIXTURE = { ...ATTRIBUTION_CASES, customers: [...(ATTRIBUTION_CASES.customers ?? []), ['C7', 'Gita', '+919800000002'] as const] };

async function openFixture(): Promise<HcdmDatabase> {
  const db = await openTempDatabase();
  await insertFixture(db, FIXTURE);
  return db;
}

/** Every hcdm table, the aliases' two included, ordered by key. */
async function dump(db: HcdmDatabase): Promise<Record<string, unknown[]>> {
  return {
    ...(await dumpTables(db.dataSource)),
    customer_aliases: await db.dataSource.query('SELECT * FROM customer_aliases ORDER BY alias_id'),
    customer_alias_moves: await db.dataSource.query('SELECT * FROM customer_alias_moves ORDER BY alias_id, record_kind, record_id'),
  };
}

async function errorOf(work: Promise<unknown>): Promise<unknown> {
  return work.then(
    () => null,
    (error: unknown) => error,
  );
}

const C1 = { customerId: 'C1', name: 'Asha Rao', phone: '+919800000001' };

describeEachDatabase('db.merge and db.unmerge', () => {
  it("moves C2's leads, calls and SMS to C1, and the analyses count the two as one", async () => {
    const db = await openFixture();
    try {
      expect(await db.merge('C2', 'C1')).toEqual({ alias: 'C2', customerId: 'C1', leads: 2, calls: 2, sms: 2, aliases: 0 });
      // Attributed again over C1's leads and C2's (LB1 P1 03-01 00:00, LA1 P1 03-01 10:00, LA2 P2
      // 03-05, LB2 P3 03-10 04:30Z): LA2 keeps K1, K2, K5 and gains K8 (03-10 03:30Z, now after
      // LA2 and before LB2); LB2 keeps K7 and gains K4 (tagged P3, now a lead there); K3, older
      // than every lead, goes to the earliest, LB1; LA1 keeps K6 (tagged P1, the latest on P1).
      const top = await db.query('show top 4 leads by call volume');
      expect(top.rows).toEqual([
        { leadId: 'LA2', ...C1, propertyId: 'P2', callCount: 4 },
        { leadId: 'LB2', ...C1, propertyId: 'P3', callCount: 2 },
        { leadId: 'LA1', ...C1, propertyId: 'P1', callCount: 1 },
        { leadId: 'LB1', ...C1, propertyId: 'P1', callCount: 1 },
      ]);
      // C2 names C1 now: 6 + 2 calls, 285 + 150 s, S1 and S4, S5, four leads.
      const summary = await db.query('show customer activity summary for C2');
      expect(summary.title).toBe('Customer activity summary for Asha Rao (C1), all time');
      expect(summary.rows).toEqual([
        { ...C1, calls: 8, callSeconds: 435, sms: 3, leadsContacted: 4, listingsInquired: 3, firstContact: '2026-02-01T10:00:00.000Z', lastContact: '2026-03-12T00:00:00.000Z' },
      ]);
      expect(await readCustomerAliases(db.dataSource.manager)).toEqual(new Map([['C2', 'C1']]));
    } finally {
      await db.close();
    }
  });

  it('unmerges to exactly the database before the merge', async () => {
    const db = await openFixture();
    try {
      const before = await dump(db);
      await db.merge('C2', 'C1');
      const merged = await dump(db);
      expect(merged.customers).toHaveLength(before.customers!.length - 1);
      expect(merged).not.toEqual(before);
      expect(await db.unmerge('C2')).toEqual({ alias: 'C2', customerId: 'C1', leads: 2, calls: 2, sms: 2, aliases: 0 });
      expect(await dump(db)).toEqual(before);
      expect(await readCustomerAliases(db.dataSource.manager)).toEqual(new Map());
    } finally {
      await db.close();
    }
  });

  it('re-points the aliases of a customer merged away, and undoes nested merges in either order', async () => {
    for (const order of [['C3', 'C2'], ['C2', 'C3']] as const) {
      const db = await openFixture();
      try {
        const before = await dump(db);
        await db.merge('C3', 'C2');
        expect(await db.merge('C2', 'C1')).toEqual({ alias: 'C2', customerId: 'C1', leads: 4, calls: 4, sms: 3, aliases: 1 });
        expect(await readCustomerAliases(db.dataSource.manager)).toEqual(new Map([['C2', 'C1'], ['C3', 'C1']]));
        for (const alias of order) await db.unmerge(alias);
        expect(await dump(db)).toEqual(before);
      } finally {
        await db.close();
      }
    }
  });

  it('names both customers of a shared phone and how to merge them; merged, the phone finds one', async () => {
    const db = await openFixture();
    try {
      expect(await errorOf(db.query('show customer activity summary for 98000 00002'))).toMatchObject({
        code: 'AMBIGUOUS',
        message: 'phone +919800000002 belongs to customers C2, C7; look one up by customer id, or merge them: hcdm merge C7 into C2',
      });
      expect(await db.merge('C7', 'C2')).toEqual({ alias: 'C7', customerId: 'C2', leads: 0, calls: 0, sms: 0, aliases: 0 });
      expect((await db.query('show customer activity summary for 98000 00002')).title).toBe('Customer activity summary for Bala Nair (C2), all time');
    } finally {
      await db.close();
    }
  });

  it('refuses unknown ids, merges into itself or into an alias, and unmerging a customer never merged, changing nothing', async () => {
    const db = await openFixture();
    try {
      await db.merge('C2', 'C1');
      const before = await dump(db);
      const refusals = [
        await errorOf(db.merge('C9', 'C1')),
        await errorOf(db.merge('C3', 'C9')),
        await errorOf(db.merge('C1', 'C1')),
        await errorOf(db.merge('C2', 'C3')),
        await errorOf(db.merge('C3', 'C2')),
        await errorOf(db.unmerge('C1')),
        await errorOf(db.unmerge('C9')),
      ];
      expect(refusals.every((error) => error instanceof HcdmError)).toBe(true);
      expect(refusals.map((error) => [(error as HcdmError).code, (error as HcdmError).message])).toEqual([
        ['NOT_FOUND', 'no customer C9'],
        ['NOT_FOUND', 'no customer C9'],
        ['INVALID_INPUT', 'cannot merge C1 into itself'],
        ['INVALID_INPUT', 'C2 is already merged into C1'],
        ['INVALID_INPUT', 'C2 is merged into C1; merge C3 into C1 instead'],
        ['INVALID_INPUT', 'C1 is not merged into another customer'],
        ['NOT_FOUND', 'no customer or alias C9'],
      ]);
      expect(await dump(db)).toEqual(before);
    } finally {
      await db.close();
    }
  });
}, { citus: true });
