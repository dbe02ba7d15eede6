import { describe, expect, it } from 'vitest';
import { parseCommand } from './command.parser.js';
import { formatCommand } from './command.format.js';
import type { Query } from './query.types.js';
import { formatPrice } from './rules/band-edges.parser.js';

const MARCH = { kind: 'between', from: '2026-03-01', to: '2026-03-31' } as const;
const LAST_30 = { kind: 'last-days', days: 30 } as const;

// Every kind of query with its canonical text, written out by hand.
const CANONICAL: readonly (readonly [Query, string])[] = [
  [{ kind: 'top-leads', metric: 'callCount', limit: 5, period: null }, 'show top 5 leads by call volume'],
  [{ kind: 'top-leads', metric: 'smsCount', limit: 3, period: LAST_30 }, 'show top 3 leads by sms volume in last 30 days'],
  [{ kind: 'top-leads', metric: 'callSeconds', limit: 10, period: MARCH }, 'show top 10 leads by call duration from 2026-03-01 to 2026-03-31'],
  [{ kind: 'top-leads', metric: 'engagement', limit: 1, period: null }, 'show top 1 leads by engagement'],
  [{ kind: 'lead-score', limit: 10, period: null }, 'show top 10 leads by score'],
  [{ kind: 'tier-leads', tier: 'hot', period: LAST_30 }, 'show hot leads in last 30 days'],
  [{ kind: 'explain-lead', leadId: 'L102', period: null }, 'explain lead L102'],
  [{ kind: 'top-listings', metric: 'smsInquiries', limit: 10, period: null }, 'show top 10 listings by sms inquiries'],
  [{ kind: 'top-listings', metric: 'callInquiries', limit: 3, period: MARCH }, 'show top 3 listings by call inquiries from 2026-03-01 to 2026-03-31'],
  [{ kind: 'customer-summary', customer: '+91 98765 43210', period: null }, 'show customer activity summary for +91 98765 43210'],
  [{ kind: 'customer-profile', customer: 'C1', timelineLimit: 20, period: null }, 'show customer profile for C1 with timeline 20'],
  [{ kind: 'duplicate-customers' }, 'show duplicate customers'],
  [{ kind: 'listing-summary', propertyId: 'P17', period: LAST_30 }, 'show listing summary for P17 in last 30 days'],
  [{ kind: 'location-rollup', metric: 'leads', period: null }, 'show locations by leads'],
  [{ kind: 'price-band-rollup', metric: 'engagement', edges: null, period: null }, 'show price bands by engagement'],
  [{ kind: 'price-band-rollup', metric: 'leads', edges: [5_000_000, 10_000_000.5], period: null }, 'show price bands by leads with bands 5000000,10000000.5'],
  [{ kind: 'missed-calls', unreturnedOnly: false, windowHours: 24, period: null }, 'show missed calls within 24 hours'],
  [{ kind: 'missed-calls', unreturnedOnly: true, windowHours: 48, period: LAST_30 }, 'show unreturned missed calls within 48 hours in last 30 days'],
  [{ kind: 'caller-novelty', period: MARCH }, 'show new vs repeat callers from 2026-03-01 to 2026-03-31'],
  [{ kind: 'speed-to-lead', period: null }, 'show speed to lead'],
  [{ kind: 'unreached-leads', period: LAST_30 }, 'show unreached leads in last 30 days'],
  [{ kind: 'activity-heatmap', source: 'calls', timeZone: 'Asia/Kolkata', period: null }, 'show call heatmap in Asia/Kolkata'],
  [{ kind: 'activity-heatmap', source: 'sms', timeZone: null, period: MARCH }, 'show sms heatmap from 2026-03-01 to 2026-03-31'],
  [{ kind: 'lead-sources', metric: 'speedToLead', limit: null, period: null }, 'show sources by speed to lead'],
  [{ kind: 'lead-sources', metric: 'conversion', limit: 3, period: LAST_30 }, 'show top 3 sources by conversion in last 30 days'],
  [{ kind: 'lead-funnel', period: MARCH }, 'show lead funnel from 2026-03-01 to 2026-03-31'],
  [{ kind: 'lead-funnel', period: null, filters: { source: 'walk in' } }, 'show lead funnel for source walk in'],
  [{ kind: 'call-outcomes', period: LAST_30 }, 'show call outcomes in last 30 days'],
  [{ kind: 'agent-ranking', metric: 'callSeconds', limit: null, period: null }, 'show agents by talk time'],
  [{ kind: 'agent-ranking', metric: 'medianSpeedToLeadSeconds', limit: 3, period: MARCH }, 'show top 3 agents by speed to lead from 2026-03-01 to 2026-03-31'],
  [{ kind: 'agent-summary', agent: 'Anita Desai', period: null }, 'show agent summary for Anita Desai'],
  [{ kind: 'help' }, 'help'],
  [{ kind: 'trend', source: 'calls', bucket: 'week', period: MARCH }, 'show calls by week from 2026-03-01 to 2026-03-31'],
  [{ kind: 'trend', source: 'engagement', bucket: 'day', period: LAST_30 }, 'show engagement by day in last 30 days'],
  [{ kind: 'trend', source: 'leads', bucket: 'month', period: null }, 'show leads by month'],
];

describe('formatCommand', () => {
  it.each(CANONICAL)('writes %j as its canonical text', (query, text) => {
    expect(formatCommand(query)).toEqual(text);
  });

  it.each(CANONICAL)('writes %j as text that reads back into the same query', (query) => {
    expect(parseCommand(formatCommand(query))).toEqual(query);
  });

  it('writes the other wordings of a query in its canonical form', () => {
    const texts = ['show listings with most SMS inquiries', 'SHOW  unreturned missed calls', 'show customer profile for C1'];
    expect(texts.map((text) => formatCommand(parseCommand(text)))).toEqual([
      'show top 10 listings by sms inquiries',
      'show unreturned missed calls within 24 hours',
      'show customer profile for C1 with timeline 20',
    ]);
  });
});

describe('formatPrice', () => {
  it('writes prices in plain digits, as the bands of a command are read', () => {
    expect([5_000_000, 0, 12.5, 1.5e21, 1e-7, 2.5e-8].map(formatPrice)).toEqual([
      '5000000',
      '0',
      '12.5',
      '1500000000000000000000',
      '0.0000001',
      '0.000000025',
    ]);
  });
});
