import {
  choiceField,
  idField,
  optionalIdField,
  optionalTextField,
  optionalTrackingNumberField,
  timestampField,
  wholeNumberField,
} from '../field.parsers.js';
import { type ImportSpec } from '../import.types.js';
import { CALL_STATUSES, DIRECTIONS } from '@hcdm/telecom';

/**
 * calls files: call_id, customer_id or phone (the customer's side of the call), timestamp,
 * duration (whole seconds), optional direction (default inbound), status (answered, missed,
 * voicemail, busy or failed; default answered),
 * property_id or tracking_number (the listing's tracking number) and agent (who handled it).
 */
export const callImportSpec: ImportSpec = {
  kind: 'calls',
  table: 'calls',
  key: 'call_id',
  columns: [
    { field: 'call_id', column: 'call_id', parser: idField },
    { field: 'customer_id', column: 'customer_id', parser: optionalIdField },
    { field: 'timestamp', column: 'occurred_at', parser: timestampField },
    { field: 'duration', column: 'duration_seconds', parser: wholeNumberField },
    { field: 'direction', column: 'direction', parser: choiceField(DIRECTIONS, 'inbound') },
    { field: 'status', column: 'status', parser: choiceField(CALL_STATUSES, 'answered') },
    { field: 'property_id', column: 'property_id', parser: optionalIdField },
    { field: 'tracking_number', column: 'tracking_number', parser: optionalTrackingNumberField },
    { field: 'agent', column: 'agent', parser: optionalTextField },
  ],
  references: [
    { column: 'customer_id', table: 'customers', key: 'customer_id', noun: 'customer' },
    { column: 'property_id', table: 'listings', key: 'property_id', noun: 'listing' },
  ],
  customerColumn: 'customer_id',
  customerPhoneField: 'phone',
  trackingNumberColumn: 'tracking_number',
};
