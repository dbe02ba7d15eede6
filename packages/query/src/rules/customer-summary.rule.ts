import { describePeriod, type PeriodSpec } from '@hcdm/core';
import { customerSummary } from '@hcdm/analyses';
import type { CommandRule } from './rule.types.js';
import { formatSuffixes } from './command-suffixes.grammar.js';
import { withComparison } from './comparison.result.js';
import { resolveCommandRange } from './period.resolver.js';
import { numberColumn, textColumn } from './query-result.builder.js';
import { suffixesOf, type QuerySuffixes } from './query-suffixes.js';

export interface CustomerSummaryQuery extends QuerySuffixes {
  readonly kind: 'customer-summary';
  /** A customer id, or a phone in any spelling. */
  readonly customer: string;
  readonly period: PeriodSpec | null;
}

/** The summary's columns; the customer profile shows the same, so the two JSON objects match. */
export const CUSTOMER_SUMMARY_COLUMNS = [
  textColumn('customerId', 'Customer ID'),
  textColumn('name', 'Name'),
  textColumn('phone', 'Phone'),
  numberColumn('calls', 'Calls'),
  numberColumn('callSeconds', 'Call Seconds'),
  numberColumn('sms', 'SMS'),
  numberColumn('leadsContacted', 'Leads Contacted'),
  numberColumn('listingsInquired', 'Listings Inquired'),
  textColumn('firstContact', 'First Contact'),
  textColumn('lastContact', 'Last Contact'),
];

/** The summary's counted figures, compared with the previous period's (the first and last contact are times, not figures). */
const FIGURES = ['calls', 'callSeconds', 'sms', 'leadsContacted', 'listingsInquired'] as const;

export const customerSummaryRule: CommandRule<CustomerSummaryQuery> = {
  kind: 'customer-summary',
  pattern: /^show customer activity summary for (.+)$/i,
  usage: 'show customer activity summary for <phone or customer id>',
  example: 'show customer activity summary for +91-9876543210',
  description: "one customer's calls, call seconds, SMS, leads, listings inquired, first and last contact",
  takesPeriod: true,
  takesComparison: true,
  suggestions(text) {
    const customer = /\bfor (.+)$/i.exec(text)?.[1] ?? '<phone or customer id>';
    return [`show customer activity summary for ${customer}`];
  },
  parse({ groups: [customer = ''], period, ...match }) {
    return { kind: 'customer-summary', customer: customer.trim(), period, ...suffixesOf(match) };
  },
  format(query) {
    return `show customer activity summary for ${query.customer}${formatSuffixes(query)}`;
  },
  async run(query, context) {
    const range = await resolveCommandRange(query.period, context);
    const summary = (within: typeof range) => customerSummary(context.manager, { customer: query.customer, settings: context.settings, range: within });
    const row = await summary(range);
    const table = { rows: [row], columns: CUSTOMER_SUMMARY_COLUMNS, keys: CUSTOMER_SUMMARY_COLUMNS.map((column) => column.key), figures: FIGURES };
    const compared = await withComparison(query, context, range, table, async (previous) => {
      const before = await summary(previous.range);
      return () => before;
    });
    const versus = compared.versus === null ? '' : ` vs ${compared.versus}`;
    return {
      command: customerSummaryRule.format(query),
      title: `Customer activity summary for ${row.name} (${row.customerId}), ${describePeriod(query.period)}${versus}`,
      shape: 'summary',
      columns: compared.columns,
      rows: compared.rows,
    };
  },
};
