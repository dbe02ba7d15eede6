import { customerImportSpec } from './specs/customer.import.js';
import { type ImportSpec, type RecordKind } from './import.types.js';
import { leadImportSpec } from './specs/lead.import.js';
import { listingImportSpec } from './specs/listing.import.js';
import { callImportSpec } from './specs/call.import.js';
import { smsImportSpec } from './specs/sms.import.js';
import { trackingNumberImportSpec } from './specs/tracking-number.import.js';

/**
 * The import spec of each kind of record, from the package that owns its table. Taken from the
 * packages' TypeORM-free entries, so the parsing worker loads them quickly.
 */
export const IMPORT_SPECS: Readonly<Record<RecordKind, ImportSpec>> = {
  customers: customerImportSpec,
  listings: listingImportSpec,
  tracking_numbers: trackingNumberImportSpec,
  leads: leadImportSpec,
  calls: callImportSpec,
  sms: smsImportSpec,
};
