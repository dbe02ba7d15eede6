import { parsePhoneNumberFromString } from 'libphonenumber-js';

/**
 * Whether two different E.164 numbers are one number spelled differently (the README's
 * definition): the same national number under another country code (a number typed without
 * its code and read with the wrong default region), or, under the same country code,
 * national numbers of one length that differ in one digit or in two neighbouring digits
 * swapped (the slips of typing a number by hand). Equal numbers are "same phone", not this.
 */
export function phonesDifferInSpelling(a: string, b: string): boolean {
  return differInSpelling(a, b, splitNumber);
}

/**
 * {@link phonesDifferInSpelling} for many pairs: each number is parsed once. Parsing is most of a
 * pair's cost, and comparing every two customers of one name parsed each number once per pair
 * (1.5 s of `show duplicate customers` on 100k customers).
 */
export function phoneSpellingComparer(): (a: string, b: string) => boolean {
  const parsed = new Map<string, SplitNumber>();
  const splitOnce = (phone: string): SplitNumber => {
    let split = parsed.get(phone);
    if (split === undefined) parsed.set(phone, (split = splitNumber(phone)));
    return split;
  };
  return (a, b) => differInSpelling(a, b, splitOnce);
}

function differInSpelling(a: string, b: string, split: (phone: string) => SplitNumber): boolean {
  if (a === b) return false;
  const left = split(a);
  const right = split(b);
  if (left.nationalNumber === right.nationalNumber) return left.countryCode !== right.countryCode;
  if (left.countryCode !== right.countryCode) return false;
  return oneSlipApart(left.nationalNumber, right.nationalNumber);
}

interface SplitNumber {
  readonly countryCode: string;
  readonly nationalNumber: string;
}

/** A stored phone that is not E.164 (written by another program) compares as its digits, with no country code. */
function splitNumber(phone: string): SplitNumber {
  const parsed = parsePhoneNumberFromString(phone);
  if (parsed === undefined) return { countryCode: '', nationalNumber: phone.replace(/\D/g, '') };
  return { countryCode: parsed.countryCallingCode, nationalNumber: parsed.nationalNumber };
}

/** One digit replaced, or two neighbouring digits swapped; lengths must match. */
function oneSlipApart(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const differing: number[] = [];
  for (let i = 0; i < a.length; i += 1) {
    if (a[i] !== b[i]) differing.push(i);
    if (differing.length > 2) return false;
  }
  if (differing.length === 1) return true;
  const [first = 0, second = 0] = differing;
  return differing.length === 2 && second === first + 1 && a[first] === b[second] && a[second] === b[first];
}
