import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

@Entity({ name: 'customers' })
@Index('idx_customers_phone', ['phone'])
export class Customer {
  @PrimaryColumn('varchar', { name: 'customer_id' })
  customerId: string;

  @Column('varchar', { name: 'name' })
  name: string;

  /** E.164, normalized on import. */
  @Column('varchar', { name: 'phone' })
  phone: string;

  @Column('varchar', { name: 'email', nullable: true })
  email: string | null;
}
