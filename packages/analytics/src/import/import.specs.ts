import { customerImportSpec, type ImportSpec, type RecordKind } from '@hcdm/core';
import { leadImportSpec, listingImportSpec } from '@hcdm/property';
import { callImportSpec, smsImportSpec } from '@hcdm/telecom';

/** The import spec of each kind of record, from the package that owns its table. */
export const IMPORT_SPECS: Readonly<Record<RecordKind, ImportSpec>> = {
  customers: customerImportSpec,
  listings: listingImportSpec,
  leads: leadImportSpec,
  calls: callImportSpec,
  sms: smsImportSpec,
};
