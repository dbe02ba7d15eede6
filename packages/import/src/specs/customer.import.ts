import { idField, optionalTextField, phoneField, textField } from '../field.parsers.js';
import type { ImportSpec } from '../import.types.js';

/** customers files: customer_id, name, phone (stored as E.164), optional email. */
export const customerImportSpec: ImportSpec = {
  kind: 'customers',
  table: 'customers',
  key: 'customer_id',
  columns: [
    { field: 'customer_id', column: 'customer_id', parser: idField },
    { field: 'name', column: 'name', parser: textField },
    { field: 'phone', column: 'phone', parser: phoneField },
    { field: 'email', column: 'email', parser: optionalTextField },
  ],
  references: [],
};
