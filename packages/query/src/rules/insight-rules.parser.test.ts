import { describe, expect, it } from 'vitest';
import { InvalidCommandError, UnknownCommandError } from '../query.errors.js';
import { parseCommand } from '../command.parser.js';

describe('parseCommand: listing analytics', () => {
  it('reads a listing summary, with or without a period', () => {
    expect(parseCommand('show listing summary for P17')).toEqual({ kind: 'listing-summary', propertyId: 'P17', period: null });
    expect(parseCommand('Show Listing Summary for P17 in last 30 days')).toEqual({
      kind: 'listing-summary',
      propertyId: 'P17',
      period: { kind: 'last-days', days: 30 },
    });
  });

  it.each([
    ['show locations by leads', 'leads'],
    ['show locations by call inquiries', 'callInquiries'],
    ['show locations by SMS inquiries', 'smsInquiries'],
    ['show locations by engagement', 'engagement'],
  ])('reads "%s"', (text, metric) => {
    expect(parseCommand(text)).toEqual({ kind: 'location-rollup', metric, period: null });
  });

  it('reads price bands: quartiles by default, explicit edges, spaces after commas, a period', () => {
    expect(parseCommand('show price bands by engagement')).toEqual({ kind: 'price-band-rollup', metric: 'engagement', edges: null, period: null });
    expect(parseCommand('show price bands by leads with bands 5000000,10000000,20000000')).toEqual({
      kind: 'price-band-rollup',
      metric: 'leads',
      edges: [5_000_000, 10_000_000, 20_000_000],
      period: null,
    });
    expect(parseCommand('show price bands by sms inquiries with bands 99.5, 200 from 2026-03-01 to 2026-03-31')).toEqual({
      kind: 'price-band-rollup',
      metric: 'smsInquiries',
      edges: [99.5, 200],
      period: { kind: 'between', from: '2026-03-01', to: '2026-03-31' },
    });
  });
});

describe('parseCommand: telecom insights', () => {
  it('reads missed calls with the default window, and a window in hours', () => {
    expect(parseCommand('show missed calls')).toEqual({ kind: 'missed-calls', unreturnedOnly: false, windowHours: 24, period: null });
    expect(parseCommand('show missed calls within 1 hour in last 7 days')).toEqual({
      kind: 'missed-calls',
      unreturnedOnly: false,
      windowHours: 1,
      period: { kind: 'last-days', days: 7 },
    });
    expect(parseCommand('show unreturned missed calls')).toEqual({ kind: 'missed-calls', unreturnedOnly: true, windowHours: 24, period: null });
    expect(parseCommand('show unreturned missed calls within 48 hours')).toEqual({
      kind: 'missed-calls',
      unreturnedOnly: true,
      windowHours: 48,
      period: null,
    });
  });

  it('reads new vs repeat callers with its period', () => {
    expect(parseCommand('show new vs repeat callers from 2026-03-01 to 2026-03-31')).toEqual({
      kind: 'caller-novelty',
      period: { kind: 'between', from: '2026-03-01', to: '2026-03-31' },
    });
    expect(parseCommand('show new versus repeat callers in last 7 days')).toEqual({
      kind: 'caller-novelty',
      period: { kind: 'last-days', days: 7 },
    });
  });

  it('reads speed to lead and unreached leads', () => {
    expect(parseCommand('show speed to lead')).toEqual({ kind: 'speed-to-lead', period: null });
    expect(parseCommand('show speed to lead in last 30 days')).toEqual({ kind: 'speed-to-lead', period: { kind: 'last-days', days: 30 } });
    expect(parseCommand('show unreached leads')).toEqual({ kind: 'unreached-leads', period: null });
  });
});

describe('parseCommand errors: insights', () => {
  it.each([
    ['show price bands by leads with bands', 'bands: needs prices separated by commas, as "with bands 100,200"'],
    ['show price bands by leads with bands 10,5', 'bands: each edge must be above the one before (10,5)'],
    ['show price bands by leads with bands 10,10', 'bands: each edge must be above the one before (10,10)'],
    ['show price bands by leads with bands 5,abc', 'bands: needs prices of 0 or more separated by commas (abc)'],
    ['show price bands by leads with bands -5', 'bands: needs prices of 0 or more separated by commas (-5)'],
    ['show price bands by leads with bands 5,,10', 'bands: needs prices of 0 or more separated by commas (empty)'],
    ['show missed calls within 0 hours', 'N hours: needs a whole number above 0 (0)'],
    ['show unreturned missed calls within 1.5 hours', 'N hours: needs a whole number above 0 (1.5)'],
    ['show listing summary for', 'needs a property id, as "show listing summary for P17"'],
    ['show listing summary', 'needs a property id, as "show listing summary for P17"'],
    ['show new vs repeat callers', 'needs a period: add "from YYYY-MM-DD to YYYY-MM-DD" or "in last N days"'],
    ['show unreached leads in last 0 days', 'N days: needs a whole number above 0 (0)'],
  ])('rejects "%s": %s', (text, reason) => {
    const error = catchError(() => parseCommand(text));
    expect(error).toBeInstanceOf(InvalidCommandError);
    expect(error).toMatchObject({ code: 'INVALID_COMMAND', message: `invalid command "${text}": ${reason}` });
  });

  it.each([
    ['show listing sumary for P17', 'show listing summary for P17'],
    ['show locatons by leads', 'show locations by leads'],
    ['show price band by call inquiries', 'show price bands by call inquiries'],
    ['show pricebands by leads with bands 1,2', 'show price bands by leads with bands 1,2'],
    ['show unreturned missed call', 'show unreturned missed calls'],
    ['show new vs returning callers in last 7 days', 'show new vs repeat callers in last 7 days'],
    ['show speed of lead', 'show speed to lead'],
    ['show unreached lead', 'show unreached leads'],
  ])('suggests for "%s": "%s"', (text, suggestion) => {
    const error = catchError(() => parseCommand(text));
    expect(error).toBeInstanceOf(UnknownCommandError);
    expect(error).toMatchObject({ code: 'UNKNOWN_COMMAND', suggestion });
  });
});

function catchError(work: () => unknown): unknown {
  try {
    work();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}
