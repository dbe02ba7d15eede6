import { Customer } from '@hcdm/core';
import { Lead } from '@hcdm/property';
import type { EntityManager } from 'typeorm';

/** Who a lead is: its customer and listing, as every lead row shows them. */
export interface LeadDetails {
  readonly leadId: string;
  readonly customerId: string;
  readonly name: string;
  readonly phone: string;
  readonly propertyId: string;
}

/** Well under any driver's limit on bound parameters (SQLite 32766, PostgreSQL 65535). */
const BATCH = 5000;

/**
 * The customer and listing of each lead in `leadIds`, looked up only for the rows a ranking
 * keeps (10 for a top 10), a batch of ids per statement.
 */
export async function leadDetails(
  manager: EntityManager,
  leadIds: readonly string[],
  batch = BATCH,
): Promise<Map<string, LeadDetails>> {
  const details = new Map<string, LeadDetails>();
  for (let start = 0; start < leadIds.length; start += batch) {
    const raw = await manager
      .createQueryBuilder()
      .select('l.leadId', 'lead_id')
      .addSelect('l.customerId', 'customer_id')
      .addSelect('cu.name', 'name')
      .addSelect('cu.phone', 'phone')
      .addSelect('l.propertyId', 'property_id')
      .from(Lead, 'l')
      .innerJoin(Customer, 'cu', 'cu.customerId = l.customerId')
      .where('l.leadId IN (:...ids)', { ids: leadIds.slice(start, start + batch) })
      .getRawMany<Record<string, unknown>>();
    for (const row of raw) {
      const lead = readLeadDetails(row);
      details.set(lead.leadId, lead);
    }
  }
  return details;
}

/** A lead's details from a raw row of `lead_id`, `customer_id`, `name`, `phone` and `property_id`. */
export function readLeadDetails(raw: Record<string, unknown>): LeadDetails {
  return {
    leadId: String(raw.lead_id),
    customerId: String(raw.customer_id),
    name: String(raw.name),
    phone: String(raw.phone),
    propertyId: String(raw.property_id),
  };
}
