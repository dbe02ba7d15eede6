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
import { DIRECTIONS } from '@hcdm/telecom';

/**
 * sms files: sms_id, customer_id or phone, timestamp, message_length (characters), optional
 * direction, property_id or tracking_number, and agent (who handled it).
 */
export const smsImportSpec: ImportSpec = {
  kind: 'sms',
  table: 'sms',
  key: 'sms_id',
  columns: [
    { field: 'sms_id', column: 'sms_id', parser: idField },
    { field: 'customer_id', column: 'customer_id', parser: optionalIdField },
    { field: 'timestamp', column: 'occurred_at', parser: timestampField },
    { field: 'message_length', column: 'message_length', parser: wholeNumberField },
    { field: 'direction', column: 'direction', parser: choiceField(DIRECTIONS, 'inbound') },
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
