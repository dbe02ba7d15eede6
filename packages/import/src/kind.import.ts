import type { EntityManager } from 'typeorm';
import { importDialectOf } from './dialect/import-dialect.chooser.js';
import type { ImportConnection } from './dialect/import-dialect.js';
import type { PhoneBook } from './customer-resolver.js';
import type { TrackingWindows } from './tracking-tagger.js';
import type { CustomerAliases } from './row-batch.types.js';
import { CustomerAlias, readCustomerAliases } from '@hcdm/identity';
import { packStrings } from '@hcdm/core';
import { loadDirect } from './direct.loader.js';
import type { ImportFile, ImportSpec } from './import.types.js';
import type { KindImportOptions, KindImportResult, KindJob } from './kind-import.types.js';
import { importStaged } from './staged.import.js';
import { checkSqlNames } from './stage.sql.js';
import { readRowBatches } from './row-batches.js';

/**
 * Imports every file of one kind inside the caller's transaction (or one of its own, so a kind
 * is never half written), the same steps on both engines. Into an empty table the rows go
 * straight in (loadDirect), bad ones left out and listed; otherwise, or where only it can
 * report exactly (see loadDirect), the staged import runs: stream the rows into a temp staging
 * table, check repeats and references set-wise, merge the good rows. Bad rows are returned as
 * problems, never thrown; deciding between all-or-nothing and skipping them is the caller's. A
 * file that cannot be read at all throws ImportFileError.
 */
export async function importKind(
  manager: EntityManager,
  spec: ImportSpec,
  files: readonly ImportFile[],
  options: KindImportOptions,
): Promise<KindImportResult> {
  if (manager.queryRunner?.isTransactionActive !== true) return manager.transaction((inner) => importKind(inner, spec, files, options));
  const derivedNames = (options.derived?.columns ?? []).map((column) => column.column);
  checkSqlNames(spec, ...derivedNames, ...(options.changedCustomersTable === undefined ? [] : [options.changedCustomersTable]));
  const source = options.rowSource ?? ((request) => readRowBatches(spec, request, options.derived));
  const dialect = importDialectOf(manager);
  const connection = await dialect.connect(manager);
  // Read once for both paths: the direct load's rollback leaves the referenced tables as they are.
  const knownKeys = await connection.readKnownKeys(spec.references, options.knownKeysLimit);
  const job: KindJob = {
    spec,
    files,
    options,
    source,
    knownKeys,
    ...(spec.customerPhoneField === undefined ? {} : { phoneBook: await readPhoneBook(connection) }),
    ...(spec.trackingNumberColumn === undefined ? {} : { trackingWindows: await readTrackingWindows(connection) }),
    ...(spec.customerColumn === undefined ? {} : { customerAliases: await readAliases(manager) }),
  };
  if (files.length > 0 && (await connection.all(`SELECT 1 AS present FROM ${spec.table} LIMIT 1`)).length === 0) {
    const direct = await loadDirect(connection, job);
    if (direct !== null) return direct;
  }
  return importStaged(connection, dialect, job);
}

/** Every customer's phone and id (a few tens of bytes each), for records that name customers by phone. */
async function readPhoneBook(connection: ImportConnection): Promise<PhoneBook> {
  const rows = await connection.all<{ phone: string; id: string }>('SELECT phone, customer_id AS id FROM customers');
  return { phones: packStrings(rows.map((row) => row.phone), rows.length), ids: packStrings(rows.map((row) => row.id), rows.length) };
}

/** Every tracking number's windows, in order (a business has some hundreds), for tagging records as they are read. */
async function readTrackingWindows(connection: ImportConnection): Promise<TrackingWindows> {
  const rows = await connection.all<{ number: string; property: string; from: number | string | null; to: number | string | null }>(
    'SELECT tracking_number AS number, property_id AS property, valid_from AS "from", valid_to AS "to" FROM tracking_numbers ORDER BY tracking_number, valid_from',
  );
  const bound = (value: number | string | null) => (value === null ? Number.NaN : Number(value));
  return {
    numbers: packStrings(rows.map((row) => row.number), rows.length),
    properties: packStrings(rows.map((row) => row.property), rows.length),
    from: Float64Array.from(rows, (row) => bound(row.from)),
    to: Float64Array.from(rows, (row) => bound(row.to)),
  };
}

/**
 * Every merged customer's id and the customer it stands for (@hcdm/identity), so a file that
 * still says C002 lands on C001. None where the data source has no alias table (a caller's own
 * DataSource with only some of hcdm's entities).
 */
async function readAliases(manager: EntityManager): Promise<CustomerAliases> {
  const map = manager.connection.hasMetadata(CustomerAlias) ? await readCustomerAliases(manager) : new Map<string, string>();
  return { aliases: packStrings(map.keys(), map.size), customers: packStrings(map.values(), map.size) };
}
