import { ALL_TIME, InvalidValueError, NotFoundError, type TimeRange } from '@hcdm/core';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { Lead } from './lead.entity.js';
import { Listing } from './listing.entity.js';

/** The lead fields {@link PropertyService.countLeadsBy} groups by. */
export type LeadCountField = 'source' | 'status' | 'propertyId';

/** One distinct value of the grouped field (null: leads without one) and its number of leads. */
export interface LeadCount {
  readonly value: string | null;
  readonly leads: number;
}

// Constants of the query, so no input ever reaches the SQL text.
const LEAD_COUNT_COLUMNS: Record<LeadCountField, string> = {
  source: 'lead.source',
  status: 'lead.status',
  propertyId: 'lead.propertyId',
};

/**
 * Property-only lookups and counts over listings and leads (no calls or SMS). Works over any
 * DataSource holding the hcdm schema, or over an EntityManager (inside a transaction).
 */
export class PropertyService {
  private readonly manager: EntityManager;

  constructor(source: DataSource | EntityManager) {
    this.manager = source instanceof DataSource ? source.manager : source;
  }

  /** The listing with this property id, or null. */
  findListing(propertyId: string): Promise<Listing | null> {
    return this.manager.getRepository(Listing).findOneBy({ propertyId });
  }

  /** The listing with this property id; a NotFoundError (`no listing with id P17`) if there is none. */
  async getListing(propertyId: string): Promise<Listing> {
    const listing = await this.findListing(propertyId);
    if (listing === null) throw new NotFoundError(`no listing with id ${propertyId}`);
    return listing;
  }

  /** The lead with this lead id, or null. */
  findLead(leadId: string): Promise<Lead | null> {
    return this.manager.getRepository(Lead).findOneBy({ leadId });
  }

  /** The lead with this lead id; a NotFoundError (`no lead with id L102`) if there is none. */
  async getLead(leadId: string): Promise<Lead> {
    const lead = await this.findLead(leadId);
    if (lead === null) throw new NotFoundError(`no lead with id ${leadId}`);
    return lead;
  }

  /** The customer's leads, oldest first, ties by lead id; none for an unknown customer. */
  leadsOfCustomer(customerId: string): Promise<Lead[]> {
    return inTimeOrder(this.leads().where('lead.customerId = :customerId', { customerId })).getMany();
  }

  /** The listing's leads created in `range`, oldest first, ties by lead id; none for an unknown listing. */
  leadsOfListing(propertyId: string, range: TimeRange = ALL_TIME): Promise<Lead[]> {
    const qb = this.leads().where('lead.propertyId = :propertyId', { propertyId });
    return inTimeOrder(whereCreatedIn(qb, range)).getMany();
  }

  /**
   * Leads created in `range` per distinct value of `field` (null for leads without one), most
   * leads first, ties by value ascending (byte order) with null last; values without leads in
   * the range are absent.
   */
  async countLeadsBy(field: LeadCountField, range: TimeRange = ALL_TIME): Promise<LeadCount[]> {
    const column = LEAD_COUNT_COLUMNS[field];
    if (column === undefined) throw new InvalidValueError('field', 'needs source, status or propertyId', field);
    const qb = this.leads().select(column, 'value').addSelect('COUNT(*)', 'leads').groupBy(column);
    const raw = await whereCreatedIn(qb, range)
      .orderBy('COUNT(*)', 'DESC')
      .addOrderBy(`CASE WHEN ${column} IS NULL THEN 1 ELSE 0 END`, 'ASC')
      .addOrderBy(column, 'ASC')
      .getRawMany<{ value: string | null; leads: number | string }>();
    return raw.map((row) => ({ value: row.value, leads: Number(row.leads) }));
  }

  private leads(): SelectQueryBuilder<Lead> {
    return this.manager.getRepository(Lead).createQueryBuilder('lead');
  }
}

function inTimeOrder(qb: SelectQueryBuilder<Lead>): SelectQueryBuilder<Lead> {
  return qb.orderBy('lead.createdAt', 'ASC').addOrderBy('lead.leadId', 'ASC');
}

/** Leads created in `range`: epoch-ms numbers, `from` included, `to` excluded, a null bound open. */
function whereCreatedIn(qb: SelectQueryBuilder<Lead>, range: TimeRange): SelectQueryBuilder<Lead> {
  if (range.from !== null) qb.andWhere('lead.createdAt >= :rangeFrom', { rangeFrom: range.from });
  if (range.to !== null) qb.andWhere('lead.createdAt < :rangeTo', { rangeTo: range.to });
  return qb;
}
