import type { CommandRule } from './rule.types.js';
import { RANKING_FILTERS, suffixesOf } from './query-suffixes.js';
import {
  DEFAULT_LISTING_LIMIT,
  LISTING_PHRASE_PATTERN,
  LISTING_PHRASES,
  listingMetricOf,
  formatTopListings,
  runTopListings,
  type TopListingsQuery,
} from './top-listings.rule.js';

/** The seed's wording of the listing ranking: the same query as `show top 10 listings by ...`. */
export const listingsWithMostRule: CommandRule<TopListingsQuery> = {
  kind: 'top-listings',
  pattern: new RegExp(`^show listings with most ${LISTING_PHRASE_PATTERN}$`, 'i'),
  usage: 'show listings with most sms inquiries|call inquiries|leads|engagement',
  example: 'show listings with most sms inquiries',
  description: `the top ${DEFAULT_LISTING_LIMIT} listings by that metric, as "show top ${DEFAULT_LISTING_LIMIT} listings by ..."`,
  takesPeriod: true,
  filters: RANKING_FILTERS,
  takesComparison: true,
  suggestions() {
    return Object.values(LISTING_PHRASES).map((phrase) => `show listings with most ${phrase}`);
  },
  parse({ groups: [phrase = ''], period, ...match }) {
    return { kind: 'top-listings', metric: listingMetricOf(phrase), limit: DEFAULT_LISTING_LIMIT, period, ...suffixesOf(match) };
  },
  format: formatTopListings,
  run: runTopListings,
};
