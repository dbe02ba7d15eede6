import { CoreSchema1764000000001, createHcdmDataSource, Customer, InvalidValueError, NotFoundError, DistributedTables1764000000040, runMigrationsOnce } from '@hcdm/core';
import { createTestDatabase, describeEachDatabase } from '@hcdm/test-utils';
import type { DataSource } from 'typeorm';
import { afterEach, expect, it } from 'vitest';
import { Lead } from './lead.entity.js';
import { Listing } from './listing.entity.js';
import { PropertySchema1764000000002 } from './migrations/1764000000002-property-schema.js';
import { LeadAgent1764000000030 } from './migrations/1764000000030-lead-agent.js';
import { type LeadCountField, PropertyService } from './property.service.js';

const LISTINGS = [
  { propertyId: 'P1', title: '2BHK in Baner', location: 'Pune', price: 7_500_000, bedrooms: 2, kind: 'apartment' },
  { propertyId: 'P2', title: 'Villa in Aundh', location: 'Pune', price: 21_000_000, bedrooms: 4, kind: 'villa' },
  { propertyId: 'P3', title: 'Plot in Wakad', location: 'Pune', price: 3_000_000, bedrooms: null, kind: null }, // no leads
];

function lead(leadId: string, customerId: string, propertyId: string, at: string, status: string | null, source: string | null) {
  return { leadId, customerId, propertyId, createdAt: new Date(at), status, source };
}

// Ties on time on purpose: L1/L2 (by id), L10/L9 ('L10' < 'L9' byte by byte). 'Walk-in' sorts
// before 'portal' by bytes, after it in a locale's order.
const L1 = lead('L1', 'C1', 'P1', '2026-03-01T09:00:00Z', 'new', 'portal');
const L2 = lead('L2', 'C2', 'P1', '2026-03-01T09:00:00Z', 'contacted', 'Walk-in');
const L3 = lead('L3', 'C1', 'P2', '2026-03-02T10:00:00Z', 'contacted', 'portal');
const L9 = lead('L9', 'C1', 'P2', '2026-03-03T08:00:00Z', null, null);
const L10 = lead('L10', 'C1', 'P1', '2026-03-03T08:00:00Z', 'new', 'referral');
const L4 = lead('L4', 'C2', 'P2', '2026-03-05T00:00:00Z', 'visited', 'Walk-in');
const L5 = lead('L5', 'C3', 'P1', '2026-03-06T12:00:00Z', null, 'portal');

const range = (from: string | null, to: string | null) => ({
  from: from === null ? null : Date.parse(from),
  to: to === null ? null : Date.parse(to),
});

let dataSource: DataSource;
afterEach(async () => {
  if (dataSource?.isInitialized) await dataSource.destroy();
});

/** A migrated core + property database holding the fixture above, inserted out of order. */
async function openFixtureDb(): Promise<DataSource> {
  dataSource = createHcdmDataSource({
    database: await createTestDatabase(),
    entities: [Customer, Listing, Lead],
    migrations: [CoreSchema1764000000001, PropertySchema1764000000002, LeadAgent1764000000030, DistributedTables1764000000040],
  });
  await dataSource.initialize();
  await runMigrationsOnce(dataSource);
  const manager = dataSource.manager;
  await manager.getRepository(Customer).save([
    { customerId: 'C1', name: 'Ann', phone: '+919876543210', email: null },
    { customerId: 'C2', name: 'Bob', phone: '+919876543211', email: null },
    { customerId: 'C3', name: 'Cas', phone: '+919876543212', email: null },
  ]);
  await manager.getRepository(Listing).save(LISTINGS);
  await manager.getRepository(Lead).save([L5, L10, L4, L9, L3, L2, L1]);
  return dataSource;
}

async function service(): Promise<PropertyService> {
  return new PropertyService(await openFixtureDb());
}

describeEachDatabase('PropertyService.findListing and getListing', () => {
  it('finds a listing by property id, with its optional fields null where absent', async () => {
    const property = await service();
    expect(await property.findListing('P1')).toEqual(LISTINGS[0]);
    expect(await property.getListing('P3')).toEqual(LISTINGS[2]);
  });

  it('answers null from findListing and a NotFoundError from getListing for an unknown id', async () => {
    const property = await service();
    expect(await property.findListing('P9')).toBeNull();
    const error = await property.getListing('P9').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect({ code: (error as NotFoundError).code, message: (error as Error).message }).toEqual({
      code: 'NOT_FOUND',
      message: 'no listing with id P9',
    });
  });

  it('works over an EntityManager, inside a transaction', async () => {
    const db = await openFixtureDb();
    expect(await db.transaction((manager) => new PropertyService(manager).getListing('P2'))).toEqual(LISTINGS[1]);
  });
}, { citus: true });

describeEachDatabase('PropertyService.findLead and getLead', () => {
  it('finds a lead by lead id, with null status and source where absent', async () => {
    const property = await service();
    expect(await property.findLead('L10')).toEqual(L10);
    expect(await property.getLead('L9')).toEqual(L9);
  });

  it('answers null from findLead and a NotFoundError from getLead for an unknown id', async () => {
    const property = await service();
    expect(await property.findLead('L99')).toBeNull();
    const error = await property.getLead('L99').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect({ code: (error as NotFoundError).code, message: (error as Error).message }).toEqual({
      code: 'NOT_FOUND',
      message: 'no lead with id L99',
    });
  });
}, { citus: true });

describeEachDatabase('PropertyService.leadsOfCustomer', () => {
  it("lists the customer's leads oldest first, equal times by lead id in byte order", async () => {
    const property = await service();
    expect(await property.leadsOfCustomer('C1')).toEqual([L1, L3, L10, L9]);
    expect(await property.leadsOfCustomer('C2')).toEqual([L2, L4]);
  });

  it('answers no leads for an unknown customer', async () => {
    expect(await (await service()).leadsOfCustomer('C9')).toEqual([]);
  });
}, { citus: true });

describeEachDatabase('PropertyService.leadsOfListing', () => {
  it("lists the listing's leads oldest first, equal times by lead id", async () => {
    const property = await service();
    expect(await property.leadsOfListing('P1')).toEqual([L1, L2, L10, L5]);
    expect(await property.leadsOfListing('P2')).toEqual([L3, L9, L4]);
  });

  it('keeps the leads in the range: from included, to excluded, a null bound open', async () => {
    const property = await service();
    expect(await property.leadsOfListing('P1', range('2026-03-01T09:00:00Z', '2026-03-06T12:00:00Z'))).toEqual([L1, L2, L10]);
    expect(await property.leadsOfListing('P1', range('2026-03-02T00:00:00Z', null))).toEqual([L10, L5]);
    expect(await property.leadsOfListing('P2', range(null, '2026-03-03T08:00:00Z'))).toEqual([L3]);
  });

  it('answers no leads for a listing without any, or an unknown one', async () => {
    const property = await service();
    expect(await property.leadsOfListing('P3')).toEqual([]);
    expect(await property.leadsOfListing('P9')).toEqual([]);
  });
}, { citus: true });

describeEachDatabase('PropertyService.countLeadsBy', () => {
  it('counts leads per source, most first, equal counts by value with null last', async () => {
    // portal L1 L3 L5, Walk-in L2 L4, referral L10, none L9.
    expect(await (await service()).countLeadsBy('source')).toEqual([
      { value: 'portal', leads: 3 },
      { value: 'Walk-in', leads: 2 },
      { value: 'referral', leads: 1 },
      { value: null, leads: 1 },
    ]);
  });

  it('puts null last among equal counts only: the most leads still come first', async () => {
    const property = await service();
    // contacted L2 L3, new L1 L10, none L9 L5, visited L4.
    expect(await property.countLeadsBy('status')).toEqual([
      { value: 'contacted', leads: 2 },
      { value: 'new', leads: 2 },
      { value: null, leads: 2 },
      { value: 'visited', leads: 1 },
    ]);
    // [03-03, 03-07): none L9 L5, new L10, visited L4.
    expect(await property.countLeadsBy('status', range('2026-03-03T00:00:00Z', '2026-03-07T00:00:00Z'))).toEqual([
      { value: null, leads: 2 },
      { value: 'new', leads: 1 },
      { value: 'visited', leads: 1 },
    ]);
  });

  it('breaks ties by byte order, whatever the database locale', async () => {
    // [03-05, open): Walk-in L4, portal L5.
    expect(await (await service()).countLeadsBy('source', range('2026-03-05T00:00:00Z', null))).toEqual([
      { value: 'Walk-in', leads: 1 },
      { value: 'portal', leads: 1 },
    ]);
  });

  it('counts leads per listing in the range, leaving out listings without leads in it', async () => {
    const property = await service();
    // P1 L1 L2 L10 L5, P2 L3 L9 L4; P3 has none.
    expect(await property.countLeadsBy('propertyId')).toEqual([
      { value: 'P1', leads: 4 },
      { value: 'P2', leads: 3 },
    ]);
    // [03-03 08:00, 03-06): L9 P2, L10 P1, L4 P2.
    expect(await property.countLeadsBy('propertyId', range('2026-03-03T08:00:00Z', '2026-03-06T00:00:00Z'))).toEqual([
      { value: 'P2', leads: 2 },
      { value: 'P1', leads: 1 },
    ]);
  });

  it('answers no rows for a quiet period', async () => {
    expect(await (await service()).countLeadsBy('source', range('2027-01-01T00:00:00Z', '2027-02-01T00:00:00Z'))).toEqual([]);
  });

  it('refuses a field it does not group by', async () => {
    const error = await (await service()).countLeadsBy('agent' as LeadCountField).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidValueError);
    expect((error as Error).message).toBe('field: needs source, status or propertyId (agent)');
  });
}, { citus: true });
