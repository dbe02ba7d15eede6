import { Entity, PrimaryColumn } from 'typeorm';

/** What a merge can move to the customer merged into. */
export type MovedRecordKind = 'lead' | 'call' | 'sms' | 'alias';

/**
 * One record a merge moved from the alias to the customer it was merged into (an earlier
 * alias of the merged customer counts as one), so the unmerge moves back exactly these.
 */
@Entity({ name: 'customer_alias_moves' })
export class CustomerAliasMove {
  @PrimaryColumn('varchar', { name: 'alias_id' })
  aliasId: string;

  @PrimaryColumn('varchar', { name: 'record_kind' })
  recordKind: MovedRecordKind;

  /** A lead, call or SMS id, or an alias id. */
  @PrimaryColumn('varchar', { name: 'record_id' })
  recordId: string;
}
