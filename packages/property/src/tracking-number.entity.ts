import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { epochMsTransformer } from '@hcdm/core';
import type { Listing } from './listing.entity.js';

/**
 * A window in which one of the business's phone numbers served one listing (DOMAIN.md "Real
 * exports"): a call or SMS on that number inside the window counts as an inquiry on the
 * listing. One number may serve one listing and later another; its windows never overlap.
 */
@Entity({ name: 'tracking_numbers' })
@Index('idx_tracking_numbers_number', ['trackingNumber', 'validFrom'])
export class TrackingNumber {
  /** The number and the window's start (`+912240001111@1767225600000`, `...@-` when open). */
  @PrimaryColumn('varchar', { name: 'window_id' })
  windowId: string;

  /** E.164, as the calls and SMS that carry it store it. */
  @Column('varchar', { name: 'tracking_number' })
  trackingNumber: string;

  @Column('varchar', { name: 'property_id' })
  propertyId: string;

  /** Included; null: since always. */
  @Column('bigint', { name: 'valid_from', nullable: true, transformer: epochMsTransformer })
  validFrom: Date | null;

  /** Excluded; null: still. */
  @Column('bigint', { name: 'valid_to', nullable: true, transformer: epochMsTransformer })
  validTo: Date | null;

  @ManyToOne('Listing', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'property_id' })
  listing?: Relation<Listing>;
}
