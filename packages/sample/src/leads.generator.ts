import { leadOwner } from './agents.js';
import { formatId, idWidth } from './ids.js';
import { assignLeadOwners } from './lead-owners.js';
import { mulberry32, streamSeed, type Random } from './random.js';
import { DAY_MS, formatTimestamp, randomInstantOnDay, type TimeWindow } from './time-window.js';
import { cumulativeWeights, pickIndex, weightedChoice } from './weighted.js';

export type LeadStatus = 'new' | 'contacted' | 'visit-scheduled' | 'negotiating' | 'closed-won' | 'closed-lost';
export type LeadSource = 'website' | '99acres' | 'magicbricks' | 'housing' | 'walk-in' | 'referral';

export interface SampleLead {
  id: string;
  /** Indexes into the customers and listings arrays. */
  customer: number;
  listing: number;
  at: number;
  status: LeadStatus;
  source: LeadSource;
  /** The agent who owns the lead, '' for none. */
  agent: string;
  withOffset: boolean;
}

export interface LeadsInput {
  count: number;
  window: TimeWindow;
  seed: number;
  customerActivity: Float64Array;
  listingPopularity: Float64Array;
}

export const LEAD_HEADER = ['lead_id', 'customer_id', 'property_id', 'timestamp', 'status', 'source', 'agent'] as const;

/** Share of timestamps written without an offset, as some exports do. */
export const NO_OFFSET_SHARE = 0.1;

const pickSource = weightedChoice<LeadSource>([
  ['website', 25], ['99acres', 20], ['magicbricks', 18], ['housing', 15], ['walk-in', 10], ['referral', 12],
]);
/** A lead less than a week old has rarely gone far; an older one has often been closed. */
const pickRecentStatus = weightedChoice<LeadStatus>([
  ['new', 50], ['contacted', 35], ['visit-scheduled', 10], ['negotiating', 5],
]);
const pickOlderStatus = weightedChoice<LeadStatus>([
  ['new', 8], ['contacted', 30], ['visit-scheduled', 20], ['negotiating', 12], ['closed-won', 10], ['closed-lost', 20],
]);

/** Leads L0001.. in time order; popular listings draw more of them. */
export function generateLeads(input: LeadsInput): SampleLead[] {
  const random = mulberry32(streamSeed(input.seed, 'leads'));
  const owners = assignLeadOwners(random, input.count, input.customerActivity);
  const listingSums = cumulativeWeights(input.listingPopularity);
  const taken = new Map<number, number[]>();
  const drafts = Array.from(owners, (customer) => {
    const listing = pickNewListing(random, listingSums, taken, customer);
    const at = randomInstantOnDay(random, input.window, Math.floor(random() * input.window.days));
    return { customer, listing, at };
  });
  drafts.sort((a, b) => a.at - b.at);
  const width = idWidth(4, input.count);
  // Owners come from a stream of their own, so the rest of a lead is what it was before leads had owners.
  const agents = mulberry32(streamSeed(input.seed, 'leads.agents'));
  return drafts.map((draft, i) => ({
    id: formatId('L', i + 1, width),
    ...draft,
    status: (input.window.endMs - draft.at < 7 * DAY_MS ? pickRecentStatus : pickOlderStatus)(random),
    source: pickSource(random),
    withOffset: random() >= NO_OFFSET_SHARE,
    agent: leadOwner(agents),
  }));
}

/** A listing by popularity, retried a few times to avoid a second lead on the same one. */
function pickNewListing(random: Random, sums: Float64Array, taken: Map<number, number[]>, customer: number): number {
  const mine = taken.get(customer) ?? [];
  let listing = pickIndex(random, sums);
  for (let tries = 0; tries < 3 && mine.includes(listing); tries++) listing = pickIndex(random, sums);
  mine.push(listing);
  taken.set(customer, mine);
  return listing;
}

export function leadFields(lead: SampleLead, customerIds: string[], listingIds: string[]): string[] {
  return [
    lead.id,
    customerIds[lead.customer]!,
    listingIds[lead.listing]!,
    formatTimestamp(lead.at, lead.withOffset),
    lead.status,
    lead.source,
    lead.agent,
  ];
}
