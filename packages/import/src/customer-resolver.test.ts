import { DEFAULT_SETTINGS, packStrings, tryNormalizePhone } from '@hcdm/core';
import { describe, expect, it } from 'vitest';
import { CustomerResolver } from './customer-resolver.js';

const PHONES = ['+919800000001', '+442079460958', '+14155552671'];
const book = { phones: packStrings(PHONES, 3), ids: packStrings(['C1', 'C2', 'C3'], 3) };

/** The customer a row with only this phone gets, or its problem's reason. */
function customerOf(phone: string, region: 'IN' | 'US' = 'IN'): string {
  const values: (string | null)[] = [null];
  const resolution = new CustomerResolver(book, 'reject', 0, 'customer_id', 'phone').resolve(values, phone, { ...DEFAULT_SETTINGS, defaultRegion: region });
  return resolution.problem?.reason ?? (values[0] as string);
}

describe('CustomerResolver', () => {
  it.each([
    ['+91 98000 00001', 'C1'],
    ['098000-00001', 'C1'],
    ['(+91) 9800000001', 'C1'],
    ['9800000001', 'C1'],
    ['+44 20 7946 0958', 'C2'],
    ['00 91 98000 00001', 'C1'], // the international prefix: libphonenumber's answer, not the shortcut's
    ['+91 (0) 98000 00001', 'C1'],
  ])('finds the customer of %s as libphonenumber reads it', (phone, customer) => {
    expect(customerOf(phone)).toBe(customer);
    // The shortcut's answer is libphonenumber's own.
    expect(PHONES[['C1', 'C2', 'C3'].indexOf(customer)]).toBe(tryNormalizePhone(phone, 'IN'));
  });

  it('reads national digits in the default region, whatever it is', () => {
    expect(customerOf('(415) 555-2671', 'US')).toBe('C3');
    expect(customerOf('415 555 2671', 'IN')).toBe('no customer has this number');
  });
});
