import type { ListingMetric } from '@hcdm/analyses';
import type { QueryColumn } from '../query-result.types.js';
import { numberColumn } from './query-result.builder.js';

/** Every figure of a roll-up row (locations, price bands), in the order rows carry them. */
export const ROLLUP_FIGURE_KEYS = ['listings', 'leads', 'callInquiries', 'smsInquiries', 'engagement', 'inquirers'];

/** The figures a comparison puts beside the previous period's: those counted over the period (not the listings). */
export const ROLLUP_COMPARED_KEYS = ['leads', 'callInquiries', 'smsInquiries', 'engagement', 'inquirers'] as const;

const LISTINGS = numberColumn('listings', 'Listings');
const LEADS = numberColumn('leads', 'Leads');
const INQUIRERS = numberColumn('inquirers', 'Inquirers');

/**
 * The figure columns a roll-up table shows after its label. Ranked by engagement, the sum takes
 * the place of calls and SMS (the rows keep all three), so a table still fits 80 columns.
 */
export function rollupFigureColumns(metric: ListingMetric): QueryColumn[] {
  const activity =
    metric === 'engagement'
      ? [numberColumn('engagement', 'Engagement')]
      : [numberColumn('callInquiries', 'Calls'), numberColumn('smsInquiries', 'SMS')];
  return [LISTINGS, LEADS, ...activity, INQUIRERS];
}
