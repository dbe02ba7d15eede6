import { describe, expect, it } from 'vitest';
import { InvalidCommandError, UnknownCommandError } from './query.errors.js';
import { parseCommand } from './command.parser.js';

describe('parseCommand', () => {
  it.each([
    ['show top 5 leads by call volume', 'callCount', 5],
    ['show top 3 leads by sms volume', 'smsCount', 3],
    ['show top 10 leads by call duration', 'callSeconds', 10],
    ['show top 1 leads by engagement', 'engagement', 1],
  ])('reads "%s"', (text, metric, limit) => {
    expect(parseCommand(text)).toEqual({ kind: 'top-leads', metric, limit, period: null });
  });

  it.each([
    ['show top 4 listings by sms inquiries', 'smsInquiries', 4],
    ['show top 2 listings by call inquiries', 'callInquiries', 2],
    ['show top 7 listings by leads', 'leads', 7],
    ['show top 9 listings by engagement', 'engagement', 9],
    ['show listings with most SMS inquiries', 'smsInquiries', 10],
    ['show listings with most call inquiries', 'callInquiries', 10],
    ['show listings with most leads', 'leads', 10],
    ['show listings with most engagement', 'engagement', 10],
  ])('reads "%s"', (text, metric, limit) => {
    expect(parseCommand(text)).toEqual({ kind: 'top-listings', metric, limit, period: null });
  });

  it('keeps the customer as written, phone spaces included', () => {
    expect(parseCommand('show customer activity summary for +91 98765 43210')).toEqual({
      kind: 'customer-summary',
      customer: '+91 98765 43210',
      period: null,
    });
    expect(parseCommand('show customer activity summary for C001')).toEqual({
      kind: 'customer-summary',
      customer: 'C001',
      period: null,
    });
  });

  it('reads help', () => {
    expect(parseCommand(' HELP ')).toEqual({ kind: 'help' });
  });

  it('ignores case and extra spaces', () => {
    expect(parseCommand('  SHOW   Top 5  LEADS by   Call Volume ')).toEqual({
      kind: 'top-leads',
      metric: 'callCount',
      limit: 5,
      period: null,
    });
  });

  it('reads a period of whole days at the end of any command', () => {
    expect(parseCommand('show top 5 leads by call volume from 2026-03-01 to 2026-03-31')).toEqual({
      kind: 'top-leads',
      metric: 'callCount',
      limit: 5,
      period: { kind: 'between', from: '2026-03-01', to: '2026-03-31' },
    });
    expect(parseCommand('show customer activity summary for C001 FROM 2026-03-01 TO 2026-03-01')).toEqual({
      kind: 'customer-summary',
      customer: 'C001',
      period: { kind: 'between', from: '2026-03-01', to: '2026-03-01' },
    });
  });

  it('reads "in last N days", singular too', () => {
    expect(parseCommand('show listings with most leads in last 30 days')).toEqual({
      kind: 'top-listings',
      metric: 'leads',
      limit: 10,
      period: { kind: 'last-days', days: 30 },
    });
    expect(parseCommand('show customer activity summary for +91 98765 43210 in last 1 day')).toEqual({
      kind: 'customer-summary',
      customer: '+91 98765 43210',
      period: { kind: 'last-days', days: 1 },
    });
  });
});

describe('parseCommand errors', () => {
  it('names the closest form of an unknown command', () => {
    const error = catchError(() => parseCommand('show top 5 leds by call volume'));
    expect(error).toBeInstanceOf(UnknownCommandError);
    expect(error).toMatchObject({
      code: 'UNKNOWN_COMMAND',
      message: 'unknown command "show top 5 leds by call volume"; did you mean "show top 5 leads by call volume"?',
    });
  });

  it.each([
    ['show listings with most sms inquires', 'show listings with most sms inquiries'],
    ['show top 3 listing by leads', 'show top 3 listings by leads'],
    ['show customer summary for C001', 'show customer activity summary for C001'],
    ['show top 5 leads by calls in last 7 days', 'show top 5 leads by call volume in last 7 days'],
    ['show top leads by sms volume', 'show top 5 leads by sms volume'],
    ['hlep', 'help'],
    ["show listing summary for P001'; DROP TABLE calls;--", "show listing summary for P001'; DROP TABLE calls;--"],
  ])('suggests for "%s": "%s"', (text, suggestion) => {
    expect(catchError(() => parseCommand(text))).toMatchObject({ code: 'UNKNOWN_COMMAND', suggestion });
  });

  it('asks for help on empty text', () => {
    expect(catchError(() => parseCommand('   '))).toMatchObject({
      code: 'UNKNOWN_COMMAND',
      message: 'empty command; type "help" for the list of commands',
    });
  });

  it.each([
    ['show top 0 leads by call volume', 'N: needs a whole number above 0 (0)'],
    ['show top 99999999999999999999 leads by call volume', 'N: is too large (at most 1000000) (99999999999999999999)'],
    ['show top -1 leads by call volume', 'N: needs a whole number above 0 (-1)'],
    ['show top abc listings by leads', 'N: needs a whole number above 0 (abc)'],
    ['show top 2.5 listings by leads', 'N: needs a whole number above 0 (2.5)'],
    ['show listings with most leads in last 0 days', 'N days: needs a whole number above 0 (0)'],
    ['show listings with most leads in last abc days', 'N days: needs a whole number above 0 (abc)'],
    ['show top 5 leads by engagement from 2026/03/01 to 2026-03-31', 'from: needs a date as YYYY-MM-DD (2026/03/01)'],
    ['show top 5 leads by engagement from 2026-02-01 to 2026-02-30', 'to: is not a real date (2026-02-30)'],
    ['show top 5 leads by engagement from 2026-03-31 to 2026-03-01', 'the period ends before it starts (2026-03-31 to 2026-03-01)'],
    ['show top 5 leads by engagement from 2026-03-01', 'a period reads "from YYYY-MM-DD to YYYY-MM-DD" or "in last N days"'],
    ['show top 5 leads by engagement in last', 'a period reads "from YYYY-MM-DD to YYYY-MM-DD" or "in last N days"'],
    ['help in last 3 days', '"help" takes no period'],
  ])('rejects "%s": %s', (text, reason) => {
    const error = catchError(() => parseCommand(text));
    expect(error).toBeInstanceOf(InvalidCommandError);
    expect(error).toMatchObject({ code: 'INVALID_COMMAND', message: `invalid command "${text}": ${reason}` });
  });

  it('refuses a command over 4096 characters at once, repeating only its first 60', () => {
    const text = `show top 5 leads by call volume ${'x'.repeat(100_000)}`;
    const started = performance.now();
    const error = catchError(() => parseCommand(text));
    expect(performance.now() - started).toBeLessThan(1000); // a limit on runaway work, not a timing
    expect(error).toMatchObject({
      code: 'INVALID_COMMAND',
      message: `invalid command "show top 5 leads by call volume ${'x'.repeat(28)}...": is too long (100032 characters, at most 4096)`,
    });
  });

  it('reads a command of exactly 4096 characters', () => {
    const text = `show top 5 leads by call volume${' '.repeat(4096 - 31)}`;
    expect(parseCommand(text)).toMatchObject({ kind: 'top-leads', limit: 5 });
  });

  it('repeats only the first 60 characters of an unknown command and of its suggestion', () => {
    const text = `show top 5 leads by cal volume ${'y'.repeat(500)}`;
    const message = (catchError(() => parseCommand(text)) as Error).message;
    const [, typed, suggestion] = /^unknown command "(.*)"; did you mean "(.*)"\?$/.exec(message) ?? [];
    expect(typed).toBe(`show top 5 leads by cal volume ${'y'.repeat(29)}...`);
    expect(suggestion?.length).toBeLessThanOrEqual(63); // whatever form is nearest, cut to 60 and "..."
    expect(suggestion).toMatch(/\.\.\.$/);
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
