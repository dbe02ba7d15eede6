import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A customer id merged into another (`hcdm merge C002 into C001`): the id now stands for
 * `customerId`, and the row keeps what the customer row held, so an unmerge can put it back.
 */
@Entity({ name: 'customer_aliases' })
@Index('idx_customer_aliases_customer', ['customerId'])
export class CustomerAlias {
  @PrimaryColumn('varchar', { name: 'alias_id' })
  aliasId: string;

  /** The customer the alias stands for: always a customer, never another alias. */
  @Column('varchar', { name: 'customer_id' })
  customerId: string;

  /** The merged customer's name, phone and email, as they were at the merge. */
  @Column('varchar', { name: 'name' })
  name: string;

  @Column('varchar', { name: 'phone' })
  phone: string;

  @Column('varchar', { name: 'email', nullable: true })
  email: string | null;
}
