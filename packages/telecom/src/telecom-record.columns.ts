import { Column, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { Customer, epochMsTransformer } from '@hcdm/core';
import type { Direction } from './direction.js';

/**
 * The columns a call and an SMS share: whose it is, when, which way, the listing it came in on,
 * who handled it, and where the attribution rule put it. Not an entity: CallRecord and SmsRecord each have their
 * own table (TypeORM's concrete table inheritance) with their own id, figures and indexes.
 */
export abstract class TelecomRecordColumns {
  @Column('varchar', { name: 'customer_id' })
  customerId: string;

  @Column('bigint', { name: 'occurred_at', transformer: epochMsTransformer })
  occurredAt: Date;

  @Column('varchar', { name: 'direction', default: 'inbound' })
  direction: Direction;

  /** The listing whose tracking number took the record, when the export says so. */
  @Column('varchar', { name: 'property_id', nullable: true })
  propertyId: string | null;

  /** The tracking number that chose propertyId (E.164); null when the export named the listing, or gave none. */
  @Column('varchar', { name: 'tracking_number', nullable: true })
  trackingNumber: string | null;

  /** Who handled the record (free text as the export names them: a name or an id); null when the export says nobody. */
  @Column('varchar', { name: 'agent', nullable: true })
  agent: string | null;

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
