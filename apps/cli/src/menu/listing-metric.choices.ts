/** The figures listings are ranked or rolled up by, as the command language names them. */
export const LISTING_METRICS = [
  { name: 'SMS inquiries', value: 'sms inquiries', description: 'SMS attributed to the listing' },
  { name: 'Call inquiries', value: 'call inquiries', description: 'calls attributed to the listing' },
  { name: 'Leads', value: 'leads', description: 'leads on the listing' },
  { name: 'Engagement', value: 'engagement', description: 'calls + SMS' },
] as const;

export type ListingMetricName = (typeof LISTING_METRICS)[number]['value'];
