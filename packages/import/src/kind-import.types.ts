import type { HcdmSettings } from '@hcdm/core';
import type { InstantSpan } from '@hcdm/core';
import type { DerivedColumns, ImportFile, ImportProgress, ImportSpec, KindCounts, RecordKind, RowProblem } from './import.types.js';
import type { CustomerAliases, KnownKeys, RowSource } from './row-batch.types.js';
import type { PhoneBook, UnknownNumbers } from './customer-resolver.js';
import type { TrackingWindows } from './tracking-tagger.js';

export interface KindImportOptions {
  readonly settings: HcdmSettings;
  /** A table with a `customer_id` primary key that collects the customers whose rows changed. */
  readonly changedCustomersTable?: string;
  /**
   * A table with a `customer_id` primary key that collects the customers of every row written
   * (before and after, for an update), whatever the attribution needs: what the import changed.
   */
  readonly touchedCustomersTable?: string;
  /** The kind's instant column: given, the result says the span of the instants written. */
  readonly instantColumn?: string;
  readonly onProgress?: (progress: ImportProgress) => void;
  /** Columns computed from each row as it is read (the attribution of calls and SMS). */
  readonly derived?: DerivedColumns;
  /**
   * Reads and parses the files (a worker thread, say); by default this thread does, with
   * `derived`. It must lay rows out as asked and derive the same values.
   */
  readonly rowSource?: RowSource;
  /**
   * Given, the indexes a load into an empty table dropped are handed to it to build later
   * (inside the same transaction), instead of being built at once.
   */
  readonly deferIndexes?: (statements: string[]) => void;
  /**
   * A referenced table of at most this many rows has its keys read for checking references as
   * rows are read; a larger one is checked in SQL after the load. Default 250,000
   * (MAX_KNOWN_KEYS in known-keys.ts).
   */
  readonly knownKeysLimit?: number;
  /** How the files name the fields, by field (RowRequest.columnNames). */
  readonly columnNames?: Readonly<Record<string, string>>;
  /** What a number no customer has becomes, for kinds that may name customers by phone. */
  readonly unknownNumbers?: UnknownNumbers;
}

export interface KindImportResult {
  readonly counts: KindCounts;
  readonly files: { path: string; kind: RecordKind; rows: number }[];
  /** Provisional customers its records of unknown numbers made. */
  readonly newCustomers: number;
  /** Records whose tracking number no window held. */
  readonly untagged: number;
  /** With `instantColumn`: the earliest and latest instant of the rows written (before and after an update); null when none. */
  readonly instants?: InstantSpan | null;
  /** Every rejected row's problems, in file, line and column order. */
  readonly problems: RowProblem[];
}

/** One kind's import as its two paths take it: what to read, how, and the referenced keys read for it. */
export interface KindJob {
  readonly spec: ImportSpec;
  readonly files: readonly ImportFile[];
  readonly options: KindImportOptions;
  readonly source: RowSource;
  readonly knownKeys: KnownKeys;
  /** Every customer's phone, where the kind may name customers by phone. */
  readonly phoneBook?: PhoneBook;
  /** The tracking numbers' windows, where the kind may carry a tracking number. */
  readonly trackingWindows?: TrackingWindows;
  /** Merged customers' ids, where the kind names a customer. */
  readonly customerAliases?: CustomerAliases;
}
