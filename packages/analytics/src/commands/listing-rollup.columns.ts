import type { ListingMetric } from '../analyses/top-listings.analysis.js';
import { numberColumn } from './query-result.builder.js';
import { LISTING_PHRASES } from './top-listings.command.js';

/** The figures of a roll-up row (locations, price bands), after its label. */
export const ROLLUP_FIGURE_COLUMNS = [
  numberColumn('listings', 'Listings'),
  numberColumn('leads', 'Leads'),
  numberColumn('callInquiries', 'Call Inquiries'),
  numberColumn('smsInquiries', 'SMS Inquiries'),
  numberColumn('engagement', 'Engagement'),
  numberColumn('inquirers', 'Inquirers'),
];

/** The metric as a title writes it. */
export function rollupMetricTitle(metric: ListingMetric): string {
  return metric === 'smsInquiries' ? 'SMS inquiries' : LISTING_PHRASES[metric];
}
