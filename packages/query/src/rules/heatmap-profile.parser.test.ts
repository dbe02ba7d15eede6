import { describe, expect, it } from 'vitest';
import { InvalidCommandError } from '../query.errors.js';
import { parseCommand } from '../command.parser.js';

describe('parseCommand: activity heatmap', () => {
  it.each([
    ['show call heatmap', { source: 'calls', timeZone: null, period: null }],
    ['Show Calls Heatmap', { source: 'calls', timeZone: null, period: null }],
    ['show sms heatmap', { source: 'sms', timeZone: null, period: null }],
    ['show call heatmap in Asia/Kolkata', { source: 'calls', timeZone: 'Asia/Kolkata', period: null }],
    ['show  SMS heatmap in America/Argentina/Buenos_Aires', { source: 'sms', timeZone: 'America/Argentina/Buenos_Aires', period: null }],
    ['show sms heatmap in UTC in last 7 days', { source: 'sms', timeZone: 'UTC', period: { kind: 'last-days', days: 7 } }],
    [
      'show call heatmap from 2026-03-02 to 2026-03-08',
      { source: 'calls', timeZone: null, period: { kind: 'between', from: '2026-03-02', to: '2026-03-08' } },
    ],
  ])('reads "%s"', (text, query) => {
    expect(parseCommand(text)).toEqual({ kind: 'activity-heatmap', ...query });
  });

  it('names a zone that is not an IANA zone', () => {
    expect(() => parseCommand('show call heatmap in Mars/Olympus')).toThrow(
      new InvalidCommandError('show call heatmap in Mars/Olympus', 'zone: is not an IANA time zone like UTC or Asia/Kolkata (Mars/Olympus)'),
    );
    expect(catchError(() => parseCommand('show sms heatmap in +25:00 in last 7 days'))).toMatchObject({
      code: 'INVALID_COMMAND',
      message: 'invalid command "show sms heatmap in +25:00 in last 7 days": zone: is not an IANA time zone like UTC or Asia/Kolkata (+25:00)',
    });
  });

  it.each([
    ['show call heatmp', 'show call heatmap'],
    ['show sms heat map in Asia/Kolkata', 'show sms heatmap in Asia/Kolkata'],
    ['show cal heatmap in last 7 days', 'show call heatmap in last 7 days'],
  ])('suggests for "%s": "%s"', (text, suggestion) => {
    expect(catchError(() => parseCommand(text))).toMatchObject({ code: 'UNKNOWN_COMMAND', suggestion });
  });
});

describe('parseCommand: customer profile', () => {
  it.each([
    ['show customer profile for C1', { customer: 'C1', timelineLimit: 20, period: null }],
    ['show customer profile for +91 98765 43210', { customer: '+91 98765 43210', timelineLimit: 20, period: null }],
    ['Show Customer Profile for +91 98765 43210 With Timeline 5', { customer: '+91 98765 43210', timelineLimit: 5, period: null }],
    [
      'show customer profile for C1 with timeline 50 from 2026-03-01 to 2026-03-31',
      { customer: 'C1', timelineLimit: 50, period: { kind: 'between', from: '2026-03-01', to: '2026-03-31' } },
    ],
    ['show customer profile for 9876543210 in last 30 days', { customer: '9876543210', timelineLimit: 20, period: { kind: 'last-days', days: 30 } }],
  ])('reads "%s"', (text, query) => {
    expect(parseCommand(text)).toEqual({ kind: 'customer-profile', ...query });
  });

  it.each([
    ['show customer profile for C1 with timeline 0', 'timeline N: needs a whole number above 0 (0)'],
    ['show customer profile for C1 with timeline ten', 'timeline N: needs a whole number above 0 (ten)'],
    ['show customer profile for C1 with timeline', 'timeline N: needs a whole number above 0 ()'],
  ])('rejects "%s": %s', (text, reason) => {
    expect(catchError(() => parseCommand(text))).toMatchObject({ code: 'INVALID_COMMAND', message: `invalid command "${text}": ${reason}` });
  });

  it.each([
    ['show customer profle for C1', 'show customer profile for C1'],
    ['show custmer profile for C1 with timeline 5', 'show customer profile for C1 with timeline 5'],
    ['show customer summary for C001', 'show customer activity summary for C001'],
  ])('suggests for "%s": "%s"', (text, suggestion) => {
    expect(catchError(() => parseCommand(text))).toMatchObject({ code: 'UNKNOWN_COMMAND', suggestion });
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
