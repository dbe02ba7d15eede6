import { getCountryCallingCode, ParseError, parsePhoneNumberWithError, type CountryCode, type PhoneNumber } from 'libphonenumber-js';
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
  const parsed = parse(text, defaultRegion);
  if (parsed?.isPossible()) return parsed.number;
  throw new InvalidValueError(field, `is not a possible phone number (${whyImpossible(text, parsed, defaultRegion)})`, raw);
}

function parse(text: string, defaultRegion: CountryCode): PhoneNumber | undefined {
  try {
    return parsePhoneNumberWithError(text, defaultRegion);
  } catch (error) {
    if (error instanceof ParseError) return undefined;
    throw error;
  }
}

/**
 * The rule the number broke: a number written with its own country code is judged by that
 * code, so naming the default region would send the reader to the wrong setting.
 */
function whyImpossible(text: string, parsed: PhoneNumber | undefined, defaultRegion: CountryCode): string {
  if (!text.replace(/^\(/, '').startsWith('+')) return `default region ${defaultRegion}`;
  return parsed ? `wrong length for country code +${parsed.countryCallingCode}` : 'no country calling code starts it';
}

/** Like {@link normalizePhone} but answers null instead of throwing. */
export function tryNormalizePhone(raw: string, defaultRegion: CountryCode): string | null {
  try {
    return normalizePhone(raw, defaultRegion);
  } catch {
    return null;
  }
}

/** The country calling code of a region, without the `+`: `IN` -> `91`. */
export function callingCodeOf(region: CountryCode): string {
  return getCountryCallingCode(region);
}
