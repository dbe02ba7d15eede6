import { describe, expect, it } from 'vitest';
import { normalizePhone, tryNormalizePhone } from './phone.js';

describe('normalizePhone', () => {
  it.each(['+91-9876543210', '+91 98765 43210', '09876543210', '9876543210', '+919876543210', '(+91) 98765-43210'])(
    'reads %s as +919876543210',
    (raw) => {
      expect(normalizePhone(raw, 'IN')).toBe('+919876543210');
    },
  );

  it('accepts a possible number from a range no metadata knows yet', () => {
    // 5xxxxxxxxx is not an allocated Indian mobile range, but it has the right length.
    expect(normalizePhone('5123456789', 'IN')).toBe('+915123456789');
  });

  it('uses the default region for numbers without a country code', () => {
    expect(normalizePhone('(415) 555-2671', 'US')).toBe('+14155552671');
  });

  it('rejects a number of impossible length with field, reason and value', () => {
    expect(() => normalizePhone('98765', 'IN')).toThrow(
      'phone: is not a possible phone number (default region IN) (98765)',
    );
  });

  it('rejects text that is not a phone number', () => {
    expect(() => normalizePhone('call me', 'IN')).toThrow('phone: is not a phone number (call me)');
    expect(tryNormalizePhone('call me', 'IN')).toBeNull();
  });
});
