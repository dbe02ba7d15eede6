import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Customer, epochMsTransformer } from '@hcdm/core';
import type { Listing } from './listing.entity.js';

/** A customer's interest in one listing, at one instant. */
@Entity({ name: 'leads' })
@Index('idx_leads_customer_time', ['customerId', 'createdAt', 'leadId'])
@Index('idx_leads_customer_listing_time', ['customerId', 'propertyId', 'createdAt', 'leadId'])
@Index('idx_leads_property', ['propertyId'])
@Index('idx_leads_agent', ['agent', 'createdAt'])
export class Lead {
  @PrimaryColumn('varchar', { name: 'lead_id' })
  leadId: string;

  @Column('varchar', { name: 'customer_id' })
  customerId: string;

  @Column('varchar', { name: 'property_id' })
  propertyId: string;

  @Column('bigint', { name: 'created_at', transformer: epochMsTransformer })
  createdAt: Date;

  @Column('varchar', { name: 'status', nullable: true })
  status: string | null;

  @Column('varchar', { name: 'source', nullable: true })
  source: string | null;

  /** Who owns the lead (free text as the export names them: a name or an id); null when nobody does. */
  @Column('varchar', { name: 'agent', nullable: true })
  agent: string | null;

  @ManyToOne(() => Customer, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'customer_id' })
  customer?: Relation<Customer>;

  @ManyToOne('Listing', (listing: Listing) => listing.leads, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'property_id' })
  listing?: Relation<Listing>;
}
