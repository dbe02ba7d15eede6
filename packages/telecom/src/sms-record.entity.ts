import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Customer, epochMsTransformer } from '@hcdm/core';
import type { Direction } from './direction.js';

@Entity({ name: 'sms' })
@Index('idx_sms_customer_time', ['customerId', 'occurredAt'])
@Index('idx_sms_lead', ['attributedLeadId', 'occurredAt'])
@Index('idx_sms_listing', ['attributedPropertyId', 'occurredAt', 'customerId'])
@Index('idx_sms_time', ['occurredAt'])
export class SmsRecord {
  @PrimaryColumn('varchar', { name: 'sms_id' })
  smsId: string;

  @Column('varchar', { name: 'customer_id' })
  customerId: string;

  @Column('bigint', { name: 'occurred_at', transformer: epochMsTransformer })
  occurredAt: Date;

  /** Characters, >= 0. */
  @Column('integer', { name: 'message_length' })
  messageLength: number;

  @Column('varchar', { name: 'direction', default: 'inbound' })
  direction: Direction;

  @Column('varchar', { name: 'property_id', nullable: true })
  propertyId: string | null;

  @Column('varchar', { name: 'attributed_lead_id', nullable: true })
  attributedLeadId: string | null;

  @Column('varchar', { name: 'attributed_property_id', nullable: true })
  attributedPropertyId: string | null;

  @ManyToOne(() => Customer, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'customer_id' })
  customer?: Relation<Customer>;
}
