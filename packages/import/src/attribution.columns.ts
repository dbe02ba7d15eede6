import { AttributionLookup } from '@hcdm/attribution';
import type { DerivedColumns, SqlValue } from './import.types.js';

/** The columns the attribution fills on calls and SMS. */
const ATTRIBUTION_COLUMNS: DerivedColumns['columns'] = [
  { column: 'attributed_lead_id', sqlType: 'varchar' },
  { column: 'attributed_property_id', sqlType: 'varchar' },
];

/**
 * The attribution columns of calls and SMS as derived columns of their import: computed from
 * the parsed row's customer, time and listing tag (found by column name in the spec). With
 * `lookup` null the values are computed elsewhere (the parsing worker), and this thread holds
 * no copy of the leads.
 */
export function attributionColumns(lookup: AttributionLookup | null, columns: readonly { column: string }[]): DerivedColumns {
  const position = (name: string) => columns.findIndex((column) => column.column === name);
  const customer = position('customer_id');
  const time = position('occurred_at');
  const tag = position('property_id');
  return {
    columns: ATTRIBUTION_COLUMNS,
    derive: (values: readonly SqlValue[]) => {
      if (lookup === null) throw new Error('attribution: these records are attributed by the parsing worker');
      return lookup.attribute(values[customer] as string, values[time] as number, (values[tag] as string | null | undefined) ?? null);
    },
  };
}
