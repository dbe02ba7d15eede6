import { describe, expect, it } from 'vitest';
import { parseCommand } from '../command.parser.js';

describe('parseCommand: trends', () => {
  it.each([
    ['show calls by day', { source: 'calls', bucket: 'day', period: null }],
    ['show call per week', { source: 'calls', bucket: 'week', period: null }],
    ['Show SMS By Month', { source: 'sms', bucket: 'month', period: null }],
    ['show lead by month', { source: 'leads', bucket: 'month', period: null }],
    ['show  leads  by  week in last 90 days', { source: 'leads', bucket: 'week', period: { kind: 'last-days', days: 90 } }],
    [
      'show engagement by week from 2026-01-01 to 2026-03-31',
      { source: 'engagement', bucket: 'week', period: { kind: 'between', from: '2026-01-01', to: '2026-03-31' } },
    ],
  ])('reads "%s"', (text, query) => {
    expect(parseCommand(text)).toEqual({ kind: 'trend', ...query });
  });

  it.each([
    ['show calls by wek', 'show calls by week'],
    ['show sms by dya', 'show sms by day'],
    ['show engagment by month in last 30 days', 'show engagement by month in last 30 days'],
  ])('suggests for "%s": "%s"', (text, suggestion) => {
    let error: unknown = null;
    try {
      parseCommand(text);
    } catch (caught) {
      error = caught;
    }
    expect(error).toMatchObject({ code: 'UNKNOWN_COMMAND', suggestion });
  });
});
