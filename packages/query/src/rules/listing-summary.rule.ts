import { describePeriod, type PeriodSpec } from '@hcdm/core';
import { listingSummary } from '@hcdm/analyses';
import { InvalidCommandError } from '../query.errors.js';
import type { CommandRule } from './rule.types.js';
import { formatPeriod } from './period.parser.js';
import { resolveCommandRange } from './period.resolver.js';
import { numberColumn, pickRows, textColumn } from './query-result.builder.js';

export interface ListingSummaryQuery {
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

export const listingSummaryRule: CommandRule<ListingSummaryQuery> = {
  kind: 'listing-summary',
  pattern: /^show listing summary(?: for)?(?: (\S+))?$/i,
  usage: 'show listing summary for <property id>',
  example: 'show listing summary for P17',
  description: "one listing's leads, attributed calls and SMS, distinct inquirers, first and last inquiry",
  takesPeriod: true,
  suggestions(text) {
    // The typed id only when the text is about a listing, so a mistyped customer summary is not pulled here.
    const typed = /listing/i.test(text) ? /\bfor (.+)$/i.exec(text)?.[1] : undefined;
    return [`show listing summary for ${typed ?? '<property id>'}`];
  },
  parse({ text, groups: [propertyId], period }) {
    if (propertyId === undefined) throw new InvalidCommandError(text, 'needs a property id, as "show listing summary for P17"');
    return { kind: 'listing-summary', propertyId, period };
  },
  format: (query) => `show listing summary for ${query.propertyId}${formatPeriod(query.period)}`,
  async run(query, context) {
    const range = await resolveCommandRange(query.period, context);
    const row = await listingSummary(context.manager, { propertyId: query.propertyId, range, timeZone: context.settings.timeZone });
    return {
      command: listingSummaryRule.format({ ...query, propertyId: row.propertyId }),
      title: `Listing summary for ${row.title} (${row.propertyId}), ${describePeriod(query.period)}`,
      shape: 'summary',
      columns: COLUMNS,
      rows: pickRows(
        [row],
        COLUMNS.map((column) => column.key),
      ),
    };
  },
};
