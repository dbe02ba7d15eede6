import { describePeriod, type PeriodSpec } from '@hcdm/core';
import { customerSummary } from '@hcdm/analyses';
import type { CommandRule } from './rule.types.js';
import { formatPeriod } from './period.parser.js';
import { resolveCommandRange } from './period.resolver.js';
import { numberColumn, pickRows, textColumn } from './query-result.builder.js';

export interface CustomerSummaryQuery {
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

export const customerSummaryRule: CommandRule<CustomerSummaryQuery> = {
  kind: 'customer-summary',
  pattern: /^show customer activity summary for (.+)$/i,
  usage: 'show customer activity summary for <phone or customer id>',
  example: 'show customer activity summary for +91-9876543210',
  description: "one customer's calls, call seconds, SMS, leads, listings inquired, first and last contact",
  takesPeriod: true,
  suggestions(text) {
    const customer = /\bfor (.+)$/i.exec(text)?.[1] ?? '<phone or customer id>';
    return [`show customer activity summary for ${customer}`];
  },
  parse({ groups: [customer = ''], period }) {
    return { kind: 'customer-summary', customer: customer.trim(), period };
  },
  format(query) {
    return `show customer activity summary for ${query.customer}${formatPeriod(query.period)}`;
  },
  async run(query, context) {
    const range = await resolveCommandRange(query.period, context);
    const row = await customerSummary(context.manager, { customer: query.customer, settings: context.settings, range });
    return {
      command: customerSummaryRule.format(query),
      title: `Customer activity summary for ${row.name} (${row.customerId}), ${describePeriod(query.period)}`,
      shape: 'summary',
      columns: CUSTOMER_SUMMARY_COLUMNS,
      rows: pickRows(
        [row],
        CUSTOMER_SUMMARY_COLUMNS.map((column) => column.key),
      ),
    };
  },
};
