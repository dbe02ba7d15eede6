import { describePeriod, type PeriodSpec } from '@hcdm/core';
import { listingSummary } from '@hcdm/analyses';
import { InvalidCommandError } from '../query.errors.js';
import type { CommandRule } from './rule.types.js';
import { formatSuffixes } from './command-suffixes.grammar.js';
import { withComparison } from './comparison.result.js';
import { resolveCommandRange } from './period.resolver.js';
import { numberColumn, textColumn } from './query-result.builder.js';
import { suffixesOf, type QuerySuffixes } from './query-suffixes.js';

export interface ListingSummaryQuery extends QuerySuffixes {
  readonly kind: 'listing-summary';
  readonly propertyId: string;
  readonly period: PeriodSpec | null;
}

const COLUMNS = [
  textColumn('propertyId', 'Property ID'),
  textColumn('title', 'Title'),
  textColumn('location', 'Location'),
  numberColumn('price', 'Price'),
  numberColumn('leads', 'Leads'),
  numberColumn('calls', 'Calls'),
  numberColumn('sms', 'SMS'),
  numberColumn('inquirers', 'Inquirers'),
  textColumn('firstInquiry', 'First Inquiry'),
  textColumn('lastInquiry', 'Last Inquiry'),
];

/** The summary's counted figures, compared with the previous period's (price is the listing's, the inquiries are times). */
const FIGURES = ['leads', 'calls', 'sms', 'inquirers'] as const;

export const listingSummaryRule: CommandRule<ListingSummaryQuery> = {
  kind: 'listing-summary',
  pattern: /^show listing summary(?: for)?(?: (\S+))?$/i,
  usage: 'show listing summary for <property id>',
  example: 'show listing summary for P17',
  description: "one listing's leads, attributed calls and SMS, distinct inquirers, first and last inquiry",
  takesPeriod: true,
  takesComparison: true,
  suggestions(text) {
    // The typed id only when the text is about a listing, so a mistyped customer summary is not pulled here.
    const typed = /listing/i.test(text) ? /\bfor (.+)$/i.exec(text)?.[1] : undefined;
    return [`show listing summary for ${typed ?? '<property id>'}`];
  },
  parse({ text, groups: [propertyId], period, ...match }) {
    if (propertyId === undefined) throw new InvalidCommandError(text, 'needs a property id, as "show listing summary for P17"');
    return { kind: 'listing-summary', propertyId, period, ...suffixesOf(match) };
  },
  format: (query) => `show listing summary for ${query.propertyId}${formatSuffixes(query)}`,
  async run(query, context) {
    const range = await resolveCommandRange(query.period, context);
    const summary = (within: typeof range) => listingSummary(context.manager, { propertyId: query.propertyId, range: within, timeZone: context.settings.timeZone });
    const row = await summary(range);
    const table = { rows: [row], columns: COLUMNS, keys: COLUMNS.map((column) => column.key), figures: FIGURES };
    const compared = await withComparison(query, context, range, table, async (previous) => {
      const before = await summary(previous.range);
      return () => before;
    });
    const versus = compared.versus === null ? '' : ` vs ${compared.versus}`;
    return {
      command: listingSummaryRule.format({ ...query, propertyId: row.propertyId }),
      title: `Listing summary for ${row.title} (${row.propertyId}), ${describePeriod(query.period)}${versus}`,
      shape: 'summary',
      columns: compared.columns,
      rows: compared.rows,
    };
  },
};
