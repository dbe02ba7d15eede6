import { ActivityModel } from './activity-model.js';
import type { ActivityInput } from './activity.input.js';
import { RecordAgents } from './agents.js';
import { generateCustomers, type SampleCustomer } from './customers.generator.js';
import { planLeadFollowUps } from './lead-follow-ups.js';
import { generateLeads, type SampleLead } from './leads.generator.js';
import { generateListings, type SampleListing } from './listings.generator.js';
import { customerActivityWeights, listingPopularityWeights } from './popularity.js';
import type { ResolvedSampleOptions } from './sample.options.js';
import { makeWindow } from './time-window.js';

/** Everything held in memory (customers, listings, leads); calls and SMS are only streamed. */
export interface SamplePlan {
  customers: SampleCustomer[];
  listings: SampleListing[];
  leads: SampleLead[];
  customerIds: string[];
  listingIds: string[];
  calls: ActivityInput;
  sms: ActivityInput;
}

export function planSample(options: ResolvedSampleOptions): SamplePlan {
  const { seed } = options;
  const window = makeWindow(options.from, options.days);
  const customers = generateCustomers(options.customers, seed);
  const listings = generateListings(options.listings, seed);
  const customerActivity = customerActivityWeights(options.customers, seed);
  const listingPopularity = listingPopularityWeights(options.listings, seed);
  const leads = generateLeads({ count: options.leads, window, seed, customerActivity, listingPopularity });
  const model = new ActivityModel(customerActivity, listingPopularity, leads);
  const followUps = planLeadFollowUps(leads, seed);
  const customerIds = customers.map((customer) => customer.id);
  const listingIds = listings.map((listing) => listing.id);
  const shared = { seed, window, model, agents: new RecordAgents(leads), customerIds, listingIds };
  return {
    customers,
    listings,
    leads,
    customerIds,
    listingIds,
    calls: { ...shared, count: options.calls, followUps: followUps.calls },
    sms: { ...shared, count: options.sms, followUps: followUps.sms },
  };
}
