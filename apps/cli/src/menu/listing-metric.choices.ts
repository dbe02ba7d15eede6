/** The figures listings are ranked or rolled up by, as a query names them. */
export const LISTING_METRICS = [
  { name: 'SMS inquiries', value: 'smsInquiries', description: 'SMS attributed to the listing' },
  { name: 'Call inquiries', value: 'callInquiries', description: 'calls attributed to the listing' },
  { name: 'Leads', value: 'leads', description: 'leads on the listing' },
  { name: 'Engagement', value: 'engagement', description: 'calls + SMS' },
] as const;
