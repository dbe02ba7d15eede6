import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import { InvalidValueError } from './core.errors.js';

/**
 * Normalizes a phone number to E.164. A number is accepted when it is *possible* for its
 * country (the right length): real exports hold numbers from ranges newer than any metadata,
 * so "valid" (known to be allocated) would reject real customers.
 */
export function normalizePhone(raw: string, defaultRegion: CountryCode, field = 'phone'): string {
  const text = raw.trim();
  if (text === '') throw new InvalidValueError(field, 'is missing', raw);
  if (!/^[+\d\s().-]+$/.test(text)) throw new InvalidValueError(field, 'is not a phone number', raw);
  const parsed = parsePhoneNumberFromString(text, defaultRegion);
  if (!parsed || !parsed.isPossible()) {
    throw new InvalidValueError(field, `is not a possible phone number (default region ${defaultRegion})`, raw);
  }
  return parsed.number;
}

/** Like {@link normalizePhone} but answers null instead of throwing. */
export function tryNormalizePhone(raw: string, defaultRegion: CountryCode): string | null {
  try {
    return normalizePhone(raw, defaultRegion);
  } catch {
    return null;
  }
}
