import type { MovedRecordKind } from './customer-alias-move.entity.js';

/** What belongs to a customer and moves with a merge: each kind's table and key. */
export interface MovableTable {
  readonly kind: MovedRecordKind;
  readonly table: string;
  readonly key: string;
}

/** Aliases last: the merged customer's own earlier aliases follow it to the customer merged into. */
export const MOVABLE_TABLES: readonly MovableTable[] = [
  { kind: 'lead', table: 'leads', key: 'lead_id' },
  { kind: 'call', table: 'calls', key: 'call_id' },
  { kind: 'sms', table: 'sms', key: 'sms_id' },
  { kind: 'alias', table: 'customer_aliases', key: 'alias_id' },
];

/** How many records of each kind a merge moved to the customer, or an unmerge moved back. */
export interface CustomerMerge {
  /** The id merged away (kept as an alias), or given back by the unmerge. */
  readonly alias: string;
  /** The customer the alias was merged into. */
  readonly customerId: string;
  readonly leads: number;
  readonly calls: number;
  readonly sms: number;
  /** Earlier aliases of the merged customer, re-pointed with it. */
  readonly aliases: number;
}

export function mergeCounts(alias: string, customerId: string, counts: Readonly<Record<MovedRecordKind, number>>): CustomerMerge {
  return { alias, customerId, leads: counts.lead, calls: counts.call, sms: counts.sms, aliases: counts.alias };
}
