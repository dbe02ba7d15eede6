import type { HcdmSettings } from '@hcdm/core';
import type { ImportFile, SqlValue } from './import.types.js';
import type { PackedStrings } from '@hcdm/core';
import type { RankedProblem } from './ranked-problem.js';
import type { PhoneBook, UnknownNumbers } from './customer-resolver.js';
import type { TrackingWindows } from './tracking-tagger.js';

/**
 * How parsed rows are laid out for the statement that takes them:
 * - `direct`: good rows only, their values then their derived values, straight into the
 *   target table; a row with a problem is left out, the batch carrying its problems and key;
 * - `staged`: every row with a key, as `file_index, line, ok, values..., derived...`.
 */
export type RowLayout = 'direct' | 'staged';

/** What to read: the files of one kind, how to lay rows out, and how many rows per batch. */
export interface RowRequest {
  readonly files: readonly ImportFile[];
  readonly settings: HcdmSettings;
  readonly layout: RowLayout;
  readonly batchRows: number;
  /**
   * Every key of a referenced table, by the referencing column. A row naming another key is a
   * problem (`is not a known customer`), so such references need no check in SQL after the
   * load; in the staged layout the row is staged marked bad.
   */
  readonly knownKeys?: KnownKeys;
  /**
   * How the files name the kind's fields, by field: `{ phone: 'caller' }` reads the column
   * `caller` as `phone` (ImportOptions.columns). A field not named here is read by its own name.
   */
  readonly columnNames?: Readonly<Record<string, string>>;
  /** Every customer's phone, for rows that name their customer by phone (ImportSpec.customerPhoneField). */
  readonly phoneBook?: PhoneBook;
  /** What a number no customer has becomes (default: a provisional customer). */
  readonly unknownNumbers?: UnknownNumbers;
  /** Merged customers' ids (aliases) and the customers they stand for: a record naming an alias lands on its customer. */
  readonly customerAliases?: CustomerAliases;
  /** The stored windows of the tracking numbers, for kinds with a tracking number (ImportSpec.trackingNumberColumn). */
  readonly trackingWindows?: TrackingWindows;
}

/** Alias ids and, at the same places, the customer ids they stand for. */
export interface CustomerAliases {
  readonly aliases: PackedStrings;
  readonly customers: PackedStrings;
}

/** Keys of referenced tables, by the column that references them (`customer_id`: every customer id), packed. */
export type KnownKeys = Readonly<Record<string, PackedStrings>>;

/**
 * Parsed rows of one file, `batchRows` of them at most, flat in one array of bound values, so a
 * full batch goes to its prepared INSERT as it is (and across threads as one array).
 */
export interface RowBatch {
  readonly fileIndex: number;
  /** Data rows read from this file so far. */
  readonly fileRows: number;
  readonly bytesRead: number;
  readonly totalBytes: number;
  /** Rows laid out in `params`. */
  readonly rows: number;
  readonly params: SqlValue[];
  /** Problems of the rows read since the previous batch, in file order (their rows may be in a later batch). */
  readonly problems: RankedProblem[];
  /** In the direct layout, the keys of the rows left out for their problems (rows without a usable key have none). */
  readonly badKeys: string[];
  /** Provisional customers (their ids, E.164 numbers) that good rows of this batch made first. */
  readonly newCustomers: string[];
  /** Good rows of this batch whose tracking number no window held. */
  readonly untagged: number;
}

/** Produces the row batches of a request: in this thread by default, or in a worker. */
export type RowSource = (request: RowRequest) => AsyncIterable<RowBatch>;
