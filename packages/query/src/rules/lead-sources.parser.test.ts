import { describe, expect, it } from 'vitest';
import { parseCommand } from '../command.parser.js';
import { InvalidCommandError, UnknownCommandError } from '../query.errors.js';

describe('parseCommand: sources and the lead funnel', () => {
  it('reads sources by each metric, with or without top N, in any case', () => {
    expect(parseCommand('show sources by leads')).toEqual({ kind: 'lead-sources', metric: 'leads', limit: null, period: null });
    expect(parseCommand('SHOW Sources BY Engagement')).toEqual({ kind: 'lead-sources', metric: 'engagement', limit: null, period: null });
    expect(parseCommand('show top 3 sources by speed to leads in last 30 days')).toEqual({
      kind: 'lead-sources',
      metric: 'speedToLead',
      limit: 3,
      period: { kind: 'last-days', days: 30 },
    });
    expect(parseCommand('show top 1 sources by conversion')).toEqual({ kind: 'lead-sources', metric: 'conversion', limit: 1, period: null });
  });

  it('reads the funnel, for one source too (a source of several words, or in double quotes)', () => {
    expect(parseCommand('show lead funnel')).toEqual({ kind: 'lead-funnel', period: null });
    expect(parseCommand('show lead funnel for source Walk In from 2026-03-01 to 2026-03-31')).toEqual({
      kind: 'lead-funnel',
      period: { kind: 'between', from: '2026-03-01', to: '2026-03-31' },
      filters: { source: 'Walk In' },
    });
    expect(parseCommand('show lead funnel for source "99acres"')).toEqual({ kind: 'lead-funnel', period: null, filters: { source: '99acres' } });
  });

  it('reads the funnel for a location and an agent, with a source too, in any order with the period', () => {
    expect(parseCommand('show lead funnel in last 30 days for location Navi Mumbai and agent Priya')).toEqual({
      kind: 'lead-funnel',
      period: { kind: 'last-days', days: 30 },
      filters: { location: 'Navi Mumbai', agent: 'Priya' },
    });
    expect(parseCommand('show lead funnel for agent Anita Desai and source website')).toEqual({
      kind: 'lead-funnel',
      period: null,
      filters: { agent: 'Anita Desai', source: 'website' },
    });
  });

  it('reads sources for a location, an agent and a source, in any order with the period', () => {
    expect(parseCommand('show top 2 sources by conversion for location Andheri and agent Priya in last 30 days')).toEqual({
      kind: 'lead-sources',
      metric: 'conversion',
      limit: 2,
      period: { kind: 'last-days', days: 30 },
      filters: { location: 'Andheri', agent: 'Priya' },
    });
    expect(parseCommand('show sources by speed to lead from 2026-03-01 to 2026-03-31 for source referral')).toEqual({
      kind: 'lead-sources',
      metric: 'speedToLead',
      limit: null,
      period: { kind: 'between', from: '2026-03-01', to: '2026-03-31' },
      filters: { source: 'referral' },
    });
  });

  it.each([
    ['show top 0 sources by leads', 'N: needs a whole number above 0 (0)'],
    ['show top x sources by conversion', 'N: needs a whole number above 0 (x)'],
    ['show lead funnel for source ""', 'for source: needs a value, as "for source website"'],
  ])('rejects "%s": %s', (text, reason) => {
    expect(() => parseCommand(text)).toThrow(new InvalidCommandError(text, reason));
  });

  it.each([
    ['show sources by leeds', 'show sources by leads'],
    ['show sources by conversions', 'show sources by conversion'],
    ['show top 4 sources by sped to lead', 'show top 4 sources by speed to lead'],
    ['show source by engagement', 'show sources by engagement'],
    ['show leads funnel', 'show lead funnel'],
    ['show lead funnel for sources website', 'show lead funnel for source website'],
  ])('suggests for "%s": "%s"', (text, suggestion) => {
    let error: unknown;
    try {
      parseCommand(text);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(UnknownCommandError);
    expect(error).toMatchObject({ code: 'UNKNOWN_COMMAND', suggestion });
  });
});
