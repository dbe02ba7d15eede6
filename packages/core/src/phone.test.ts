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

  it('judges a number written with a country code by that code, not the default region', () => {
    expect(() => normalizePhone('+999 12345678', 'IN')).toThrow('phone: is not a possible phone number (no country calling code starts it) (+999 12345678)');
    expect(() => normalizePhone('+44 20', 'IN')).toThrow('phone: is not a possible phone number (wrong length for country code +44) (+44 20)');
    expect(() => normalizePhone('(+91) 123', 'US')).toThrow('phone: is not a possible phone number (wrong length for country code +91) ((+91) 123)');
    expect(normalizePhone('+44 20 7946 0958', 'IN')).toBe('+442079460958');
  });

  it('rejects text that is not a phone number', () => {
    expect(() => normalizePhone('call me', 'IN')).toThrow('phone: is not a phone number (call me)');
    expect(tryNormalizePhone('call me', 'IN')).toBeNull();
  });
});
