import { idField, optionalTextField, timestampField } from '../field.parsers.js';
import { type ImportSpec } from '../import.types.js';

/** leads files: lead_id, customer_id, property_id, timestamp, optional status, source and agent (who owns the lead). */
export const leadImportSpec: ImportSpec = {
  kind: 'leads',
  table: 'leads',
  key: 'lead_id',
  columns: [
    { field: 'lead_id', column: 'lead_id', parser: idField },
    { field: 'customer_id', column: 'customer_id', parser: idField },
    { field: 'property_id', column: 'property_id', parser: idField },
    { field: 'timestamp', column: 'created_at', parser: timestampField },
    { field: 'status', column: 'status', parser: optionalTextField },
    { field: 'source', column: 'source', parser: optionalTextField },
    { field: 'agent', column: 'agent', parser: optionalTextField },
  ],
  references: [
    { column: 'customer_id', table: 'customers', key: 'customer_id', noun: 'customer' },
    { column: 'property_id', table: 'listings', key: 'property_id', noun: 'listing' },
  ],
  // A lead decides which calls and SMS of its customer it draws.
  customerColumn: 'customer_id',
};
