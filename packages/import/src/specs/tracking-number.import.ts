import { idField, optionalWindowField, phoneField } from '../field.parsers.js';
import { type ImportSpec } from '../import.types.js';

/**
 * tracking_numbers files: tracking_number, property_id, optional valid_from (included) and
 * valid_to (excluded); an empty bound is open. A number may serve one listing and later
 * another; its windows never overlap. Loaded by tracking-numbers.import.ts: a file's windows
 * replace the stored windows of the numbers it names.
 */
export const trackingNumberImportSpec: ImportSpec = {
  kind: 'tracking_numbers',
  table: 'tracking_numbers',
  key: 'tracking_number',
  columns: [
    { field: 'tracking_number', column: 'tracking_number', parser: phoneField },
    { field: 'property_id', column: 'property_id', parser: idField },
    { field: 'valid_from', column: 'valid_from', parser: optionalWindowField },
    { field: 'valid_to', column: 'valid_to', parser: optionalWindowField },
  ],
  references: [{ column: 'property_id', table: 'listings', key: 'property_id', noun: 'listing' }],
};
