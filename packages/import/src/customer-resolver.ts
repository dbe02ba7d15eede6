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

/** What a spelling of a number may hold besides its digits (normalizePhone refuses anything else). */
const SPELLING = /[\s().+-]/g;

/** A spelling taken at once when its digits are a known number: a `+` only at the start. */
const PLAIN_SPELLING = /^\(?\+?[\d\s().-]+$/;

/** Spellings remembered at most: bounds the memory of an export of many distinct numbers. */
const MAX_SPELLINGS = 100_000;

/**
 * Finds the customer of a call or SMS that names it by phone, by customer_id, or both (which
 * must agree): the number normalized with the default region, looked up in the phone book held
 * in memory. Writes the customer's id into the row's values.
 */
export class CustomerResolver {
  private readonly idsByPhone = new Map<string, string[]>();
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
      if (ids === undefined) this.idsByPhone.set(phone, [id]);
      else ids.push(id);
    }
  }

  /** Sets `values[customerOrder]` from the phone where the row has no customer_id. */
  resolve(values: SqlValue[], rawPhone: unknown, settings: HcdmSettings): Resolution {
    const given = values[this.customerOrder] ?? null;
    const written = typeof rawPhone === 'number' ? String(rawPhone) : typeof rawPhone === 'string' ? rawPhone.trim() : '';
    if (written === '') return given === null ? this.problem(this.customerField, 'is missing (or give phone)', '') : RESOLVED;
    let phone: string;
    try {
      phone = this.normalized(written, settings);
    } catch (error) {
      if (!(error instanceof InvalidValueError)) throw error;
      return this.problem(this.phoneField, error.reason, written);
    }
    const ids = this.idsByPhone.get(phone) ?? (this.made.has(phone) ? [phone] : []);
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
   * The number in E.164. libphonenumber takes some 20 µs a number, as long as the rest of the
   * row's parsing, so a spelling whose digits already are a customer's E.164 number (`+91 98000
   * 00001`, or national `098000 00001` in the default region) is taken as that number at once:
   * the same answer, since the customers' numbers were normalized by libphonenumber itself.
   * Anything else (an unknown number, an odd spelling) goes through it, remembered by spelling.
   */
  private normalized(written: string, settings: HcdmSettings): string {
    const digits = PLAIN_SPELLING.test(written) ? written.replace(SPELLING, '') : '';
    if (digits === '') {
      // Not a plain spelling: libphonenumber decides.
    } else if (written.startsWith('+') || written.startsWith('(+')) {
      if (this.idsByPhone.has(`+${digits}`)) return `+${digits}`;
    } else {
      const national = `+${this.callingCode(settings.defaultRegion)}${digits.startsWith('0') ? digits.slice(1) : digits}`;
      if (this.idsByPhone.has(national)) return national;
    }
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
