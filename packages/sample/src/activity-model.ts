import type { SampleLead } from './leads.generator.js';
import type { Random } from './random.js';
import { DAY_MS, weekdayFactor, type TimeWindow } from './time-window.js';
import { countAtOrBelow, cumulativeWeights, indexAtWeight, pickIndex, weightOfPrefix } from './weighted.js';

/** Share of calls and SMS that come from a customer before their first lead. */
const PRE_LEAD_SHARE = 0.05;
/** Share of a lead customer's records tagged with one of their leads' listings. */
const OWN_LISTING_SHARE = 0.3;
/** Share tagged with some other listing (a second tracking number, a listing seen in passing). */
const OTHER_LISTING_SHARE = 0.03;
const NO_LEAD_LISTING_SHARE = 0.05;
/** Volume before anyone has a lead, relative to the volume once every customer is active. */
const BASELINE_VOLUME = 0.15;

/**
 * Who calls or texts, and when: a customer becomes active at their first lead (customers without
 * leads are active throughout), and picks are by power-law activity among the active. Customers
 * with leads are kept in order of their first lead, so "active at t" is a prefix of that order.
 */
export class ActivityModel {
  private readonly byFirstLead: Int32Array;
  private readonly firstLeadSorted: Float64Array;
  private readonly leadCustomerSums: Float64Array;
  private readonly noLeadCustomers: Int32Array;
  private readonly noLeadSums: Float64Array;
  private readonly listingOffsets: Int32Array;
  private readonly leadListings: Int32Array;
  private readonly listingSums: Float64Array;

  constructor(activity: Float64Array, listingPopularity: Float64Array, leads: readonly SampleLead[]) {
    const firstLead = new Float64Array(activity.length).fill(Infinity);
    for (const lead of leads) firstLead[lead.customer] = Math.min(firstLead[lead.customer]!, lead.at);
    const all = Array.from({ length: activity.length }, (_, c) => c);
    const withLeads = all.filter((c) => firstLead[c]! < Infinity).sort((a, b) => firstLead[a]! - firstLead[b]! || a - b);
    this.byFirstLead = Int32Array.from(withLeads);
    this.firstLeadSorted = Float64Array.from(withLeads, (c) => firstLead[c]!);
    this.leadCustomerSums = cumulativeWeights(withLeads.map((c) => activity[c]!));
    this.noLeadCustomers = Int32Array.from(all.filter((c) => firstLead[c] === Infinity));
    this.noLeadSums = cumulativeWeights(Array.from(this.noLeadCustomers, (c) => activity[c]!));
    [this.listingOffsets, this.leadListings] = listingsByCustomer(activity.length, leads);
    this.listingSums = cumulativeWeights(listingPopularity);
  }

  /** A customer for a record at `at`: mostly one already active, by activity weight. */
  pickCustomer(random: Random, at: number): number {
    const active = countAtOrBelow(this.firstLeadSorted, at);
    const activeWeight = weightOfPrefix(this.leadCustomerSums, active);
    const leadWeight = weightOfPrefix(this.leadCustomerSums, this.byFirstLead.length);
    const noLeadWeight = weightOfPrefix(this.noLeadSums, this.noLeadSums.length);
    const early = leadWeight > activeWeight && random() < PRE_LEAD_SHARE;
    if (early || activeWeight + noLeadWeight === 0) {
      // The inquiry before the lead: a customer whose first lead is still to come.
      const target = activeWeight + random() * (leadWeight - activeWeight);
      return this.byFirstLead[indexAtWeight(this.leadCustomerSums, target)]!;
    }
    const target = random() * (activeWeight + noLeadWeight);
    if (target < activeWeight) return this.byFirstLead[indexAtWeight(this.leadCustomerSums, target, active)]!;
    return this.noLeadCustomers[indexAtWeight(this.noLeadSums, target - activeWeight)]!;
  }

  /** The listing a record is tagged with, or -1: mostly one the customer has a lead on. */
  pickProperty(random: Random, customer: number): number {
    const start = this.listingOffsets[customer]!;
    const own = this.listingOffsets[customer + 1]! - start;
    const draw = random();
    if (own > 0 && draw < OWN_LISTING_SHARE) return this.leadListings[start + Math.floor(random() * own)]!;
    const other = own > 0 ? OWN_LISTING_SHARE + OTHER_LISTING_SHARE : NO_LEAD_LISTING_SHARE;
    if (this.listingSums.length > 0 && draw < other) return pickIndex(random, this.listingSums);
    return -1;
  }

  /** Relative volume per day: the week's rhythm times the weight of customers active by day's end. */
  dayWeights(window: TimeWindow): Float64Array {
    const noLeadWeight = weightOfPrefix(this.noLeadSums, this.noLeadSums.length);
    const total = noLeadWeight + weightOfPrefix(this.leadCustomerSums, this.byFirstLead.length);
    return Float64Array.from({ length: window.days }, (_, day) => {
      const active = countAtOrBelow(this.firstLeadSorted, window.startMs + (day + 1) * DAY_MS - 1);
      const share = total > 0 ? (noLeadWeight + weightOfPrefix(this.leadCustomerSums, active)) / total : 1;
      return weekdayFactor(window, day) * (BASELINE_VOLUME + share);
    });
  }
}

/** Each customer's lead listings, packed: customer c's are leadListings[offsets[c]..offsets[c+1]). */
function listingsByCustomer(customers: number, leads: readonly SampleLead[]): [Int32Array, Int32Array] {
  const offsets = new Int32Array(customers + 1);
  for (const lead of leads) offsets[lead.customer + 1]!++;
  for (let c = 0; c < customers; c++) offsets[c + 1]! += offsets[c]!;
  const fill = offsets.slice(0, customers);
  const listings = new Int32Array(leads.length);
  for (const lead of leads) listings[fill[lead.customer]!++] = lead.listing;
  return [offsets, listings];
}
