import { findDuplicateCustomers } from '@hcdm/identity';
import type { CommandRule } from './rule.types.js';
import { pickRows, textColumn } from './query-result.builder.js';

export interface DuplicateCustomersQuery {
  readonly kind: 'duplicate-customers';
}

const COLUMNS = [
  textColumn('customerId', 'Customer ID'),
  textColumn('name', 'Name'),
  textColumn('phone', 'Phone'),
  textColumn('otherCustomerId', 'Other Customer ID'),
  textColumn('otherName', 'Other Name'),
  textColumn('otherPhone', 'Other Phone'),
  textColumn('reason', 'Reason'),
];

/** Pairs of customers that look like one person (`@hcdm/identity` says when), the lower id first. */
export const duplicateCustomersRule: CommandRule<DuplicateCustomersQuery> = {
  kind: 'duplicate-customers',
  pattern: /^show duplicate customers$/i,
  usage: 'show duplicate customers',
  example: 'show duplicate customers',
  description: 'pairs of customers that look like one person (same phone, same email, or same name with phones differing only in spelling), with the reason',
  // Who is a duplicate of whom does not depend on when they were active.
  takesPeriod: false,
  suggestions: () => ['show duplicate customers'],
  parse: () => ({ kind: 'duplicate-customers' }),
  format: () => 'show duplicate customers',
  async run(_query, context) {
    const pairs = await findDuplicateCustomers(context.manager);
    return {
      command: 'show duplicate customers',
      title: 'Duplicate customers',
      shape: 'list',
      columns: COLUMNS,
      rows: pickRows(
        pairs.map((pair) => ({ ...pair, reason: pair.reasons.join('; ') })),
        COLUMNS.map((column) => column.key),
      ),
    };
  },
};
