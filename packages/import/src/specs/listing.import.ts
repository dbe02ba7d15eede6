import { amountField, idField, optionalTextField, optionalWholeNumberField, textField } from '../field.parsers.js';
import { type ImportSpec } from '../import.types.js';

/** listings files: property_id, title, location, price (>= 0), optional bedrooms and kind. */
export const listingImportSpec: ImportSpec = {
  kind: 'listings',
  table: 'listings',
  key: 'property_id',
  columns: [
    { field: 'property_id', column: 'property_id', parser: idField },
    { field: 'title', column: 'title', parser: textField },
    { field: 'location', column: 'location', parser: textField },
    { field: 'price', column: 'price', parser: amountField },
    { field: 'bedrooms', column: 'bedrooms', parser: optionalWholeNumberField },
    { field: 'kind', column: 'kind', parser: optionalTextField },
  ],
  references: [],
};
