import { Column, Entity, Index, OneToMany, PrimaryColumn, type Relation } from 'typeorm';
import type { Lead } from './lead.entity.js';

@Entity({ name: 'listings' })
@Index('idx_listings_location', ['location'])
export class Listing {
  @PrimaryColumn('varchar', { name: 'property_id' })
  propertyId: string;

  @Column('varchar', { name: 'title' })
  title: string;

  @Column('varchar', { name: 'location' })
  location: string;

  /** In the export's own currency; hcdm assumes none. */
  @Column('double precision', { name: 'price' })
  price: number;

  @Column('integer', { name: 'bedrooms', nullable: true })
  bedrooms: number | null;

  /** Free text from the export: apartment, villa, plot, rental... */
  @Column('varchar', { name: 'kind', nullable: true })
  kind: string | null;

  @OneToMany('Lead', (lead: Lead) => lead.listing)
  leads?: Relation<Lead[]>;
}
