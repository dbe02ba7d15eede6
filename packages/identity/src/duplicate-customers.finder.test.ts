import { describeEachDatabase } from '@hcdm/test-utils';
import { expect, it } from 'vitest';
import { findDuplicateCustomers } from './duplicate-customers.finder.js';
import { insertCustomers, openIdentityDatabase } from './identity.test-utils.js';

// Each group of rows is one case; the comment says which pairs it makes, worked out by hand.
const CUSTOMERS = [
  // Same phone; the names are one name too, but "similar phone" means two different numbers.
  ['C001', 'Asha Rao', '+919876543210', 'asha@example.com'],
  ['C002', 'ASHA  RAO', '+919876543210'],
  // C003 and C004: one email in two cases. C003 and C005: one name, the last two digits swapped.
  ['C003', 'Vikram Shah', '+919812345678', 'vikram@example.com'],
  ['C004', 'V. Shah', '+919800000001', ' Vikram@Example.com'],
  ['C005', 'Vikram Shah', '+919812345687'],
  // C006 and C007: one digit apart. C008 differs from each in two digits: no pair.
  ['C006', 'Meera Iyer', '+919900000001'],
  ['C007', 'Meera Iyer', '+919900000002'],
  ['C008', 'Meera Iyer', '+919900000013'],
  // One national number under +1 and +91.
  ['C009', 'Ravi Kumar', '+14155550123'],
  ['C010', 'ravi kumar', '+914155550123'],
  // Customers made from unknown numbers have no name: one digit apart, but no pair.
  ['C011', '', '+919700000001'],
  ['C012', '', '+919700000002'],
  // Phone and email both: one pair, two reasons.
  ['C013', 'Priya Nair', '+919811111111', 'priya@example.com'],
  ['C014', 'Priya N.', '+919811111111', 'priya@example.com'],
  // Three on one phone: each paired with the lowest id, C016 and C017 not with each other.
  ['C015', 'Front Desk', '+919822222222'],
  ['C016', 'Anil Joshi', '+919822222222'],
  ['C017', 'Sunita Joshi', '+919822222222'],
  // Nobody like them.
  ['C018', 'Kiran Das', '+919833333333', 'kiran@example.com'],
] as const;

describeEachDatabase('findDuplicateCustomers', () => {
  it('lists each pair once, the lower id first, with every reason that holds, sorted by the ids', async () => {
    const dataSource = await openIdentityDatabase();
    try {
      await insertCustomers(dataSource, CUSTOMERS);
      const pairs = await findDuplicateCustomers(dataSource.manager);
      expect(pairs.map((pair) => [pair.customerId, pair.otherCustomerId, pair.reasons.join('; ')])).toEqual([
        ['C001', 'C002', 'same phone'],
        ['C003', 'C004', 'same email'],
        ['C003', 'C005', 'same name, similar phone'],
        ['C006', 'C007', 'same name, similar phone'],
        ['C009', 'C010', 'same name, similar phone'],
        ['C013', 'C014', 'same phone; same email'],
        ['C015', 'C016', 'same phone'],
        ['C015', 'C017', 'same phone'],
      ]);
      expect(pairs[2]).toEqual({
        customerId: 'C003',
        name: 'Vikram Shah',
        phone: '+919812345678',
        otherCustomerId: 'C005',
        otherName: 'Vikram Shah',
        otherPhone: '+919812345687',
        reasons: ['same name, similar phone'],
      });
    } finally {
      await dataSource.destroy();
    }
  });

  it('finds nothing in a database of distinct people, or an empty one', async () => {
    const dataSource = await openIdentityDatabase();
    try {
      expect(await findDuplicateCustomers(dataSource.manager)).toEqual([]);
      await insertCustomers(dataSource, [CUSTOMERS[0], CUSTOMERS[2], CUSTOMERS[17]]);
      expect(await findDuplicateCustomers(dataSource.manager)).toEqual([]);
    } finally {
      await dataSource.destroy();
    }
  });
}, { citus: true });
