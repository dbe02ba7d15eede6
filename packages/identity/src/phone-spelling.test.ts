import { describe, expect, it } from 'vitest';
import { phoneSpellingComparer, phonesDifferInSpelling } from './phone-spelling.js';

describe('phonesDifferInSpelling', () => {
  it.each([
    ['+919876543210', '+919876543211', true, 'one digit replaced'],
    ['+919876543210', '+919876543201', true, 'the last two digits swapped'],
    ['+919876543210', '+918976543210', true, 'the first two national digits swapped'],
    ['+14155550123', '+914155550123', true, 'the same national number under another country code'],
    ['+919876543210', '+919876543210', false, 'equal: the same phone, not a spelling'],
    ['+919876543210', '+919876543322', false, 'two digits replaced'],
    ['+919876543210', '+919876543102', false, 'three digits rotated, not two swapped'],
    ['+919876543210', '+919876543012', false, 'two digits swapped that are not neighbours'],
    ['+919876543210', '+14155550123', false, 'another country code and another number'],
    ['+12025550123', '+442025550124', false, 'another country code and one digit replaced'],
    ['+919876543210', '+9198765432101', false, 'one digit longer'],
  ])('%s and %s: %s (%s)', (a, b, expected) => {
    expect(phonesDifferInSpelling(a, b)).toBe(expected);
    expect(phonesDifferInSpelling(b, a)).toBe(expected);
    // The comparer that parses each number once answers the same, a number met again included.
    const differ = phoneSpellingComparer();
    expect([differ(a, b), differ(b, a), differ(a, b)]).toEqual([expected, expected, expected]);
  });

  it('compares a stored phone that is not E.164 by its digits, as one without a country code', () => {
    expect(phonesDifferInSpelling('98765-43210', '98765-43211')).toBe(true);
    expect(phonesDifferInSpelling('98765-43210', '+919876543210')).toBe(true);
    expect(phonesDifferInSpelling('98765-43210', '+919876543322')).toBe(false);
  });
});
