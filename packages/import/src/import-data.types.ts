import type { EntityManager } from 'typeorm';
import type { DataChanges, HcdmSettings } from '@hcdm/core';
import type { ImportProgress, KindCounts, RecordKind, RowProblem } from './import.types.js';
import type { UnknownNumbers } from './customer-resolver.js';

export interface ImportOptions {
  /** How timestamps without an offset and phones without a country code are read. */
  settings: HcdmSettings;
  /** Write the good rows and list the bad ones in the rejects file; by default any bad row rejects all. */
  skipInvalid?: boolean;
  /**
   * Where skipInvalid writes rejected rows: one file per kind (and header) beside it, named after
   * it and the kind (`hcdm-rejects.calls.csv`); default `hcdm-rejects.csv` in the working folder.
   */
  rejectsPath?: string;
  /** Every given file (and every file of a given folder) holds this kind, whatever its name. */
  kind?: RecordKind;
  /** Called after every batch of rows read. */
  onProgress?: (progress: ImportProgress) => void;
  /**
   * Files of one kind at least this large together (bytes) are parsed in a worker thread while
   * this one writes; default 4 MiB. Below it a worker would not pay for its start.
   */
  workerMinBytes?: number;
  /**
   * Customers and listings are held as key sets for checking references as rows are read while
   * their tables have at most this many rows (default 250,000); larger ones are checked in SQL
   * after each load. Either way the same rows are refused with the same messages.
   */
  knownKeysLimit?: number;
  /**
   * How long to wait, in seconds, while another import writes to the database (imports take
   * turns); then DATABASE_BUSY. Default: as long as the other import takes. 0: do not wait.
   */
  waitSeconds?: number;
  /** Called once when another import is writing and this one starts to wait for it. */
  onWaiting?: () => void;
  /**
   * Columns the files name otherwise, by kind: `{ calls: { caller: 'phone', start: 'timestamp' } }`
   * reads a calls file's `caller` column as `phone` (a vendor's export, unedited). Checked
   * before anything is read: a field the kind does not have is an ImportFileError.
   */
  columns?: ColumnMapping;
  /**
   * A call or SMS whose phone no customer has: `create` (the default) makes a provisional
   * customer for the number (id the E.164 number, name empty), counted in `newCustomers`;
   * `reject` refuses the row (`phone: no customer has this number`).
   */
  unknownNumbers?: UnknownNumbers;
  /**
   * Called inside the import's transaction once it has written something (after
   * `markDataChanged`), with what it changed: a caller keeping figures derived from the data
   * (hcdm's precomputed tables) updates them with the data, all or nothing alike.
   */
  onChanged?: (manager: EntityManager, changes: ImportChanges) => Promise<void>;
}

/** What one import changed: its customers, and the span of its records' instants (core's DataChanges). */
export type ImportChanges = DataChanges;

/** By kind, the file's column name -> the field it holds. */
export type ColumnMapping = Partial<Record<RecordKind, Readonly<Record<string, string>>>>;

export interface ImportSummary {
  kinds: Record<RecordKind, KindCounts>;
  /** The files read, in the order they loaded. */
  files: { path: string; kind: RecordKind; rows: number }[];
  /** Provisional customers made for calls and SMS of numbers no customer had. */
  newCustomers: number;
  /** Provisional customers whose place a customer of this import, with their number, took. */
  replacedCustomers: number;
  /** Calls and SMS whose tracking number no window held at their time: stored without a listing. */
  untaggedByTrackingNumber: number;
  /** Set when rows were rejected under skipInvalid: the name the rejects files are named after. */
  rejectsPath: string | null;
  /** The rejects files written (skipInvalid), one per kind and header, in load order. */
  rejectsFiles: string[];
  /** The rejected rows' problems (skipInvalid), in file and line order. */
  problems: RowProblem[];
}
