import type { DataSource } from 'typeorm';
import { describeEachDatabase } from '@hcdm/test-utils';
import { afterEach, expect, it } from 'vitest';
import { listingImportSpec } from './listing.import.js';
import { importCsv, openPropertyDb } from './property-import.test-utils.js';

let dataSource: DataSource;
afterEach(async () => {
  if (dataSource?.isInitialized) await dataSource.destroy();
});

describeEachDatabase('listingImportSpec', () => {
  it('stores price, optional bedrooms and kind, and rejects a negative price or a fractional bedroom count', async () => {
    dataSource = await openPropertyDb();
    const { path, problems, counts } = await importCsv(
      dataSource,
      listingImportSpec,
      'property_id,title,location,price,bedrooms,kind\nP1,Flat,Pune,4500000.5,2,apartment\nP2,Plot,Nashik,900000,,\nP3,Shed,Pune,-1,,\nP4,Loft,Pune,100,1.5,\n',
    );
    expect(counts).toEqual({ inserted: 2, updated: 0, unchanged: 0, rejected: 2 });
    expect(problems).toEqual([
      { file: path, line: 4, field: 'price', reason: 'is negative', value: '-1' },
      { file: path, line: 5, field: 'bedrooms', reason: 'is not a whole number', value: '1.5' },
    ]);
    expect(await dataSource.query('SELECT * FROM listings ORDER BY property_id')).toEqual([
      { property_id: 'P1', title: 'Flat', location: 'Pune', price: 4500000.5, bedrooms: 2, kind: 'apartment' },
      { property_id: 'P2', title: 'Plot', location: 'Nashik', price: 900000, bedrooms: null, kind: null },
    ]);
  });
}, { citus: true });
