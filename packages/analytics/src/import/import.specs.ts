import { customerImportSpec, type ImportSpec, type RecordKind } from '@hcdm/core/parsing';
import { leadImportSpec, listingImportSpec } from '@hcdm/property/import-specs';
import { callImportSpec, smsImportSpec } from '@hcdm/telecom/import-specs';

/**
 * The import spec of each kind of record, from the package that owns its table. Taken from the
 * packages' TypeORM-free entries, so the parsing worker loads them quickly.
 */
export const IMPORT_SPECS: Readonly<Record<RecordKind, ImportSpec>> = {
  customers: customerImportSpec,
  listings: listingImportSpec,
  leads: leadImportSpec,
  calls: callImportSpec,
  sms: smsImportSpec,
};
