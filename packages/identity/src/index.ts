// Who is one person: duplicate customers found, merged into one (an alias kept) and unmerged.
export { findDuplicateCustomers, DUPLICATE_REASONS, type DuplicateCustomerPair, type DuplicateReason } from './duplicate-customers.finder.js';
export { phonesDifferInSpelling } from './phone-spelling.js';
export { mergeCustomers } from './customer-merge.js';
export { unmergeCustomer } from './customer-unmerge.js';
export type { CustomerMerge } from './moved-records.js';
export type { AttributionRefresh } from './attribution-refresh.js';

// The aliases merges left: for the import (files that still say the alias) and the lookups.
export { readCustomerAliases, customerIdOfAlias } from './customer-aliases.reader.js';

// The tables (@hcdm/schema lists them with the other packages').
export { CustomerAlias } from './customer-alias.entity.js';
export { CustomerAliasMove, type MovedRecordKind } from './customer-alias-move.entity.js';
export { IdentitySchema1764000000010 } from './migrations/1764000000010-identity-schema.js';
