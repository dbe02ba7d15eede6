import { describePeriod, type PeriodSpec } from '@hcdm/core';
import { distance } from 'fastest-levenshtein';
import { customerProfile } from '@hcdm/analyses';
import { DEFAULT_TIMELINE_LIMIT } from '@hcdm/analyses';
import type { CommandRule } from './rule.types.js';
import { parseCount } from './count.parser.js';
import { customerProfileSections } from './customer-profile.sections.js';
import { formatPeriod } from './period.parser.js';
import { resolveCommandRange } from './period.resolver.js';

export interface CustomerProfileQuery {
  readonly kind: 'customer-profile';
  /** A customer id, or a phone in any spelling. */
  readonly customer: string;
  /** How many of the latest events the timeline shows. */
  readonly timelineLimit: number;
  readonly period: PeriodSpec | null;
}

export const customerProfileRule: CommandRule<CustomerProfileQuery> = {
  kind: 'customer-profile',
  // The customer may hold spaces (a phone), so it is the shortest text the optional tail leaves.
  pattern: /^show customer profile for (.+?)(?: (with timeline)(?: (\S+))?)?$/i,
  usage: 'show customer profile for <phone or customer id> [with timeline N]',
  example: 'show customer profile for +91-9876543210',
  description: `one customer's activity summary, leads with scores, and latest N calls, SMS and leads (default ${DEFAULT_TIMELINE_LIMIT})`,
  takesPeriod: true,
  suggestions(text) {
    // Offered only when the word after "customer" looks like "profile", so that "show customer
    // summary for C1" still suggests the activity summary.
    const word = /\bcustomer (\S+)/i.exec(text)?.[1];
    if (word !== undefined && distance(word.toLowerCase(), 'profile') > 2) return [];
    const customer = /\bfor (.+)$/i.exec(text)?.[1] ?? '<phone or customer id>';
    return [`show customer profile for ${customer}`];
  },
  parse({ text, groups: [customer = '', withTimeline, limit], period }) {
    const timelineLimit = withTimeline === undefined ? DEFAULT_TIMELINE_LIMIT : parseCount(text, limit ?? '', 'timeline N');
    return { kind: 'customer-profile', customer: customer.trim(), timelineLimit, period };
  },
  format(query) {
    return `show customer profile for ${query.customer} with timeline ${query.timelineLimit}${formatPeriod(query.period)}`;
  },
  async run(query, context) {
    const range = await resolveCommandRange(query.period, context);
    const now = (await context.now()) ?? undefined;
    const { settings, scoring } = context;
    const profile = await customerProfile(context.manager, {
      customer: query.customer,
      settings,
      scoring,
      range,
      now,
      timelineLimit: query.timelineLimit,
    });
    const command = customerProfileRule.format(query);
    const { name, customerId } = profile.summary;
    return {
      command,
      title: `Customer profile for ${name} (${customerId}), ${describePeriod(query.period)}`,
      shape: 'sections',
      columns: [],
      rows: [],
      sections: customerProfileSections(profile, command, query.timelineLimit),
    };
  },
};
