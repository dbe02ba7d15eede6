import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Customer, epochMsTransformer } from '@hcdm/core';
import type { Direction } from './direction.js';

export type CallStatus = 'answered' | 'missed';

@Entity({ name: 'calls' })
@Index('idx_calls_customer_time', ['customerId', 'occurredAt'])
@Index('idx_calls_lead', ['attributedLeadId', 'occurredAt', 'durationSeconds'])
@Index('idx_calls_listing', ['attributedPropertyId', 'occurredAt', 'customerId'])
@Index('idx_calls_time', ['occurredAt'])
export class CallRecord {
  @PrimaryColumn('varchar', { name: 'call_id' })
  callId: string;

  @Column('varchar', { name: 'customer_id' })
  customerId: string;

  @Column('bigint', { name: 'occurred_at', transformer: epochMsTransformer })
  occurredAt: Date;

  /** Whole seconds, >= 0. */
  @Column('integer', { name: 'duration_seconds' })
  durationSeconds: number;

  @Column('varchar', { name: 'direction', default: 'inbound' })
  direction: Direction;

  @Column('varchar', { name: 'status', default: 'answered' })
  status: CallStatus;

  /** The listing whose tracking number took the call, when the export says so. */
  @Column('varchar', { name: 'property_id', nullable: true })
  propertyId: string | null;

  /** Set by the attribution rule (see @hcdm/attribution), never by the import file. */
  @Column('varchar', { name: 'attributed_lead_id', nullable: true })
  attributedLeadId: string | null;

  /** Set by the attribution rule: the tagged listing, else the attributed lead's listing. */
  @Column('varchar', { name: 'attributed_property_id', nullable: true })
  attributedPropertyId: string | null;

  @ManyToOne(() => Customer, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'customer_id' })
  customer?: Relation<Customer>;
}
