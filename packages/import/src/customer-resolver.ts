import { callingCodeOf, InvalidValueError, normalizePhone, packedStringAt, type HcdmSettings, type PackedStrings } from '@hcdm/core';
import type { SqlValue } from './import.types.js';
import type { FieldProblem } from './record.parser.js';

/** Every customer's phone and id, in pairs, for finding a record's customer by its number. */
export interface PhoneBook {
  readonly phones: PackedStrings;
  readonly ids: PackedStrings;
}

/**
 * What becomes of a record whose number no customer has: `create` makes a provisional customer
 * for it (id = the E.164 number, name empty: DOMAIN.md "Real exports"); `reject` refuses the row.
 */
export type UnknownNumbers = 'create' | 'reject';

export interface Resolution {
  /** The row's problem with its customer, or null. */
  readonly problem: FieldProblem | null;
  /** The provisional customer the row would make (its id, the E.164 number), or null. */
  readonly creates: string | null;
}

const RESOLVED: Resolution = { problem: null, creates: null };


/** Spellings remembered at most: bounds the memory of an export of many distinct numbers. */
const MAX_SPELLINGS = 100_000;

/**
 * Finds the customer of a call or SMS that names it by phone, by customer_id, or both (which
 * must agree): the number normalized with the default region, looked up in the phone book held
 * in memory. Writes the customer's id into the row's values.
 */
export class CustomerResolver {
  private readonly idsByPhone = new Map<string, string[]>();
  /** The same, by the number's digits as a number (E.164 has at most 15): looked up without making a string. */
  private readonly idsByDigits = new Map<number, string[]>();
  private readonly phoneById = new Map<string, string>();
  /** Provisional customers made by rows read so far (their ids). */
  private readonly made = new Set<string>();
  /** Spellings libphonenumber read, and their E.164 numbers. */
  private readonly spellings = new Map<string, string>();
  private region: HcdmSettings['defaultRegion'] | null = null;
  private code = '';

  constructor(
    book: PhoneBook,
    private readonly unknownNumbers: UnknownNumbers,
    private readonly customerOrder: number,
    private readonly customerField: string,
    private readonly phoneField: string,
  ) {
    for (let index = 0; index < book.ids.ends.length; index += 1) {
      const phone = packedStringAt(book.phones, index);
      const id = packedStringAt(book.ids, index);
      this.phoneById.set(id, phone);
      const ids = this.idsByPhone.get(phone);
      if (ids === undefined) {
        const list = [id];
        this.idsByPhone.set(phone, list);
        this.idsByDigits.set(Number(phone.slice(1)), list);
      } else ids.push(id);
    }
  }

  /** Sets `values[customerOrder]` from the phone where the row has no customer_id. */
  resolve(values: SqlValue[], rawPhone: unknown, settings: HcdmSettings): Resolution {
    const given = values[this.customerOrder] ?? null;
    const written = typeof rawPhone === 'number' ? String(rawPhone) : typeof rawPhone === 'string' ? rawPhone.trim() : '';
    if (written === '') return given === null ? this.problem(this.customerField, 'is missing (or give phone)', '') : RESOLVED;
    // Nearly every row: a plain spelling of a known customer's number, found by its digits.
    const known = this.knownByDigits(written, settings);
    let phone = '';
    if (known === undefined) {
      try {
        phone = this.normalized(written, settings);
      } catch (error) {
        if (!(error instanceof InvalidValueError)) throw error;
        return this.problem(this.phoneField, error.reason, written);
      }
    }
    const ids = known ?? this.idsByPhone.get(phone) ?? (this.made.has(phone) ? [phone] : []);
    if (given !== null) {
      if (ids.includes(given as string) || this.phoneById.get(given as string) === undefined) return RESOLVED; // an unknown id is the reference check's to report
      return this.problem(this.phoneField, `is not the number of customer ${String(given)} (${this.phoneById.get(given as string)})`, written);
    }
    if (ids.length > 1) {
      const [into, ...others] = [...ids].sort();
      return this.problem(this.phoneField, `is the number of ${ids.length} customers (${[into, ...others].join(', ')}): merge them, e.g. hcdm merge ${others[0]} into ${into}`, written);
    }
    if (ids.length === 1) {
      values[this.customerOrder] = ids[0]!;
      return RESOLVED;
    }
    if (this.unknownNumbers === 'reject') return this.problem(this.phoneField, 'no customer has this number', written);
    values[this.customerOrder] = phone;
    return { problem: null, creates: phone };
  }

  /**
   * The customers of a plain spelling (digits, spaces, `()`, `-`, `.`, a leading `+`) whose
   * digits are a known customer's E.164 number, or national digits of the default region (a
   * leading trunk `0` dropped): found by the digits as a number, with no string made. The same
   * answer libphonenumber gives (the customers' numbers were normalized by it), at a fraction
   * of its some 20 µs a number; undefined sends the spelling to it.
   */
  private knownByDigits(written: string, settings: HcdmSettings): string[] | undefined {
    let digits = 0;
    let count = 0;
    let plus = false;
    let trunk = false;
    for (let at = 0; at < written.length; at += 1) {
      const code = written.charCodeAt(at);
      if (code >= 48 && code <= 57) {
        // One national trunk 0 (`098765 43210`); a second (`00` before a country code) is no plain spelling.
        if (count === 0 && code === 48 && !plus) {
          if (trunk) return undefined;
          trunk = true;
          continue;
        }
        digits = digits * 10 + (code - 48);
        count += 1;
      } else if (code === 43 && count === 0 && !plus) plus = true;
      else if (code !== 32 && code !== 40 && code !== 41 && code !== 45 && code !== 46) return undefined;
    }
    if (count === 0 || count > 15) return undefined;
    if (!plus) {
      const code = this.callingCode(settings.defaultRegion);
      // At most 15 digits in all, so the number stays exact in a double.
      if (code.length + count > 15) return undefined;
      digits = Number(code) * 10 ** count + digits;
    } else if (trunk) return undefined;
    return this.idsByDigits.get(digits);
  }

  /** The number in E.164, by libphonenumber, remembered by spelling (an odd one, or unknown). */
  private normalized(written: string, settings: HcdmSettings): string {
    const known = this.spellings.get(written);
    if (known !== undefined) return known;
    const phone = normalizePhone(written, settings.defaultRegion, this.phoneField);
    if (this.spellings.size < MAX_SPELLINGS) this.spellings.set(written, phone);
    return phone;
  }

  private callingCode(region: HcdmSettings['defaultRegion']): string {
    if (this.region !== region) [this.region, this.code] = [region, callingCodeOf(region)];
    return this.code;
  }

  /** Whether `id` is a provisional customer a row read so far made. */
  isMade(id: string): boolean {
    return this.made.has(id);
  }

  /** A good row made `id`: later rows with that number are its customer's. */
  commit(id: string): void {
    this.made.add(id);
  }

  private problem(field: string, reason: string, value: string): Resolution {
    return { problem: { order: this.customerOrder, field, reason, value }, creates: null };
  }
}
