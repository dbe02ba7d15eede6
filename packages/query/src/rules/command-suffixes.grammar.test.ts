import { describe, expect, it } from 'vitest';
import { parseCommand } from '../command.parser.js';
import { formatCommand } from '../command.format.js';
import type { Query } from '../query.types.js';

const LAST_30 = { kind: 'last-days', days: 30 } as const;
const MARCH = { kind: 'between', from: '2026-03-01', to: '2026-03-31' } as const;
const TOP_5 = { kind: 'top-leads', metric: 'callCount', limit: 5 } as const;

describe('filters and the comparison after a command', () => {
  it('reads a filter, before or after the period', () => {
    const expected = { ...TOP_5, period: LAST_30, filters: { source: 'website' } };
    expect(parseCommand('show top 5 leads by call volume for source website in last 30 days')).toEqual(expected);
    expect(parseCommand('show top 5 leads by call volume in last 30 days for source website')).toEqual(expected);
  });

  it('reads two filters joined by "for" or "and", in either order', () => {
    const expected = { ...TOP_5, period: null, filters: { source: 'website', location: 'Andheri' } };
    expect(parseCommand('show top 5 leads by call volume for source website for location Andheri')).toEqual(expected);
    expect(parseCommand('show top 5 leads by call volume for source website and location Andheri')).toEqual(expected);
    expect(parseCommand('show top 5 leads by call volume for location Andheri and source website')).toEqual(expected);
  });

  it('keeps a value as typed, spaces and case included; the words of the clause in any case', () => {
    expect(parseCommand('SHOW TOP 3 LISTINGS BY LEADS FOR LOCATION Navi  Mumbai IN LAST 30 DAYS')).toEqual({
      kind: 'top-listings',
      metric: 'leads',
      limit: 3,
      period: LAST_30,
      filters: { location: 'Navi Mumbai' },
    });
  });

  it('reads a quoted value whole, command words, quotes and backslashes included', () => {
    expect(parseCommand('show hot leads for location "Navi Mumbai"')).toMatchObject({ filters: { location: 'Navi Mumbai' } });
    expect(parseCommand('show hot leads for source "walk in last 2 days" in last 30 days')).toEqual({
      kind: 'tier-leads',
      tier: 'hot',
      period: LAST_30,
      filters: { source: 'walk in last 2 days' },
    });
    expect(parseCommand('show hot leads for source "the \\"best\\" ads \\\\ more"')).toMatchObject({ filters: { source: 'the "best" ads \\ more' } });
  });

  it('reads the comparison after the period, or before it, "to" and "the" too', () => {
    const expected = { ...TOP_5, period: MARCH, compare: true };
    expect(parseCommand('show top 5 leads by call volume from 2026-03-01 to 2026-03-31 compared with previous period')).toEqual(expected);
    expect(parseCommand('show top 5 leads by call volume compared to the previous period from 2026-03-01 to 2026-03-31')).toEqual(expected);
  });

  it('leaves the fields out of a query without them, as before filters existed', () => {
    expect(Object.keys(parseCommand('show top 5 leads by call volume in last 30 days'))).toEqual(['kind', 'metric', 'limit', 'period']);
  });

  it('keeps the suffixes of an unknown command in its suggestion', () => {
    expect(() => parseCommand('show top 5 leds by call volume for source website')).toThrow(
      'did you mean "show top 5 leads by call volume for source website"?',
    );
  });
});

describe('filter and comparison errors', () => {
  it.each([
    ['show customer activity summary for C1 for source website', '"show customer activity summary for <phone or customer id>" takes no "for source" (it takes no filter)'],
    ['help for location Pune', '"help" takes no "for location" (it takes no filter)'],
    ['show missed calls in last 7 days compared with previous period', '"show missed calls [within N hours]" takes no "compared with previous period"'],
    ['show sources by leads in last 7 days compared with previous period', '"show [top N] sources by leads|engagement|speed to lead|conversion" takes no "compared with previous period"'],
    ['show top 5 leads by score compared with previous period', '"compared with previous period" needs a period to compare: add "in last N days" or "from YYYY-MM-DD to YYYY-MM-DD"'],
    ['show hot leads for source website and source referral', 'for source: is given twice (website, referral)'],
    ['show hot leads for source', 'for source: needs a value, as "for source website"'],
    ['show hot leads for location "" in last 3 days', 'for location: needs a value, as "for location website"'],
    ['show hot leads for location "Navi Mumbai', 'for location: the quoted value has no closing quote ("Navi Mumbai)'],
    ['show hot leads for location "Navi"Mumbai', 'for location: a quoted value ends at its closing quote ("Navi"M...)'],
    ['show hot leads for source the "best" ads', 'for source: a value with a double quote is written in quotes, \\" for the quote (the "best" ads)'],
    ['show hot leads for source website in last', 'a period reads "from YYYY-MM-DD to YYYY-MM-DD" or "in last N days"'],
    ['show hot leads in last 3 days for source website from 2026-03-01 to 2026-03-02', 'a command takes one period'],
    ['show hot leads in last 3 days compared with previous period compared with previous period', '"compared with previous period" is given twice'],
  ])('rejects "%s": %s', (text, reason) => {
    expect(() => parseCommand(text)).toThrow(`invalid command "${text.length > 60 ? `${text.slice(0, 60)}...` : text}": ${reason}`);
  });
});

// Queries with filters and comparisons, and their canonical text, written out by hand.
const CANONICAL: readonly (readonly [Query, string])[] = [
  [{ ...TOP_5, period: null, filters: { source: 'website' } }, 'show top 5 leads by call volume for source website'],
  [
    { ...TOP_5, period: LAST_30, filters: { location: 'Navi Mumbai', source: 'walk-in' }, compare: true },
    'show top 5 leads by call volume for source walk-in and location Navi Mumbai in last 30 days compared with previous period',
  ],
  [{ kind: 'tier-leads', tier: 'warm', period: null, filters: { source: 'walk in last 2 days' } }, 'show warm leads for source "walk in last 2 days"'],
  [{ kind: 'lead-score', limit: 3, period: null, filters: { source: 'ads and location x' } }, 'show top 3 leads by score for source "ads and location x"'],
  [{ kind: 'lead-score', limit: 3, period: null, filters: { source: 'the "best" \\ ads' } }, 'show top 3 leads by score for source "the \\"best\\" \\\\ ads"'],
  [{ kind: 'lead-score', limit: 3, period: null, filters: { source: 'for location x' } }, 'show top 3 leads by score for source for location x'],
  [{ kind: 'top-listings', metric: 'leads', limit: 10, period: MARCH, compare: true }, 'show top 10 listings by leads from 2026-03-01 to 2026-03-31 compared with previous period'],
  [{ kind: 'location-rollup', metric: 'engagement', period: null, filters: { location: 'Pune' } }, 'show locations by engagement for location Pune'],
  [
    { kind: 'price-band-rollup', metric: 'leads', edges: [10, 20], period: LAST_30, filters: { source: 'website' }, compare: true },
    'show price bands by leads with bands 10,20 for source website in last 30 days compared with previous period',
  ],
  [
    { kind: 'missed-calls', unreturnedOnly: true, windowHours: 24, period: null, filters: { location: 'Pune' } },
    'show unreturned missed calls within 24 hours for location Pune',
  ],
  [{ kind: 'speed-to-lead', period: LAST_30, filters: { source: 'website' }, compare: true }, 'show speed to lead for source website in last 30 days compared with previous period'],
  [{ kind: 'unreached-leads', period: null, filters: { source: 'website' } }, 'show unreached leads for source website'],
  [
    { kind: 'lead-sources', metric: 'engagement', limit: 3, period: LAST_30, filters: { source: 'website', location: 'Navi Mumbai' } },
    'show top 3 sources by engagement for source website and location Navi Mumbai in last 30 days',
  ],
  [
    { kind: 'agent-ranking', metric: 'unreturnedMissedCalls', limit: null, period: MARCH, filters: { agent: 'Anita Desai' } },
    'show agents by unreturned for agent Anita Desai from 2026-03-01 to 2026-03-31',
  ],
  [{ kind: 'lead-funnel', period: null, filters: { agent: 'Priya', location: 'Andheri' } }, 'show lead funnel for location Andheri and agent Priya'],
  [{ kind: 'caller-novelty', period: MARCH, compare: true }, 'show new vs repeat callers from 2026-03-01 to 2026-03-31 compared with previous period'],
  [{ kind: 'customer-summary', customer: 'C1', period: LAST_30, compare: true }, 'show customer activity summary for C1 in last 30 days compared with previous period'],
  [{ kind: 'listing-summary', propertyId: 'P17', period: MARCH, compare: true }, 'show listing summary for P17 from 2026-03-01 to 2026-03-31 compared with previous period'],
];

describe('formatCommand with filters and the comparison', () => {
  it.each(CANONICAL)('writes %j as its canonical text', (query, text) => {
    expect(formatCommand(query)).toEqual(text);
  });

  it.each(CANONICAL)('writes %j as text that reads back into the same query', (query) => {
    expect(parseCommand(formatCommand(query))).toEqual(query);
  });
});
