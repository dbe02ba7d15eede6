import { describe, expect, it } from 'vitest';
import { parseCommand } from '../command.parser.js';

describe('parseCommand: lead scores', () => {
  it.each([
    ['show top 5 leads by score', { kind: 'lead-score', limit: 5, period: null }],
    ['  SHOW  top 12 Leads BY Score ', { kind: 'lead-score', limit: 12, period: null }],
    ['show top 3 leads by score in last 30 days', { kind: 'lead-score', limit: 3, period: { kind: 'last-days', days: 30 } }],
    ['show hot leads', { kind: 'tier-leads', tier: 'hot', period: null }],
    ['Show WARM leads', { kind: 'tier-leads', tier: 'warm', period: null }],
    [
      'show cold leads from 2026-03-01 to 2026-03-31',
      { kind: 'tier-leads', tier: 'cold', period: { kind: 'between', from: '2026-03-01', to: '2026-03-31' } },
    ],
    ['explain lead L102', { kind: 'explain-lead', leadId: 'L102', period: null }],
    ['EXPLAIN LEAD l102 in last 7 days', { kind: 'explain-lead', leadId: 'l102', period: { kind: 'last-days', days: 7 } }],
  ])('reads "%s"', (text, query) => {
    expect(parseCommand(text)).toEqual(query);
  });

  it.each([
    ['show top 5 leads by scores', 'show top 5 leads by score'],
    ['show top 8 lead by score', 'show top 8 leads by score'],
    ['show top 5 leads by socre', 'show top 5 leads by score'],
    ['show top 4 leads score', 'show top 4 leads by score'],
    ['show top 5 leads by calls', 'show top 5 leads by call volume'],
    ['show hott leads', 'show hot leads'],
    ['show warm lead', 'show warm leads'],
    ['show cold leeds in last 7 days', 'show cold leads in last 7 days'],
    ['explain leed L102', 'explain lead L102'],
    ['explian lead L7', 'explain lead L7'],
    ['explain lead', 'explain lead L102'],
    ['explain lead L1 L2', 'explain lead L2'],
  ])('suggests for "%s": "%s"', (text, suggestion) => {
    expect(catchError(() => parseCommand(text))).toMatchObject({ code: 'UNKNOWN_COMMAND', suggestion });
  });

  it.each([
    ['show top 0 leads by score', 'N: needs a whole number above 0 (0)'],
    ['show top many leads by score', 'N: needs a whole number above 0 (many)'],
    ['show hot leads in last 0 days', 'N days: needs a whole number above 0 (0)'],
    ['explain lead L102 from 2026-03-31 to 2026-03-01', 'the period ends before it starts (2026-03-31 to 2026-03-01)'],
    ['show warm leads from 2026-03-01', 'a period reads "from YYYY-MM-DD to YYYY-MM-DD" or "in last N days"'],
  ])('rejects "%s": %s', (text, reason) => {
    expect(catchError(() => parseCommand(text))).toMatchObject({ code: 'INVALID_COMMAND', message: `invalid command "${text}": ${reason}` });
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
