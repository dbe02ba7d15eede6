import { describe, expect, it } from 'vitest';
import { parseCommand } from '../command.parser.js';
import { InvalidCommandError, UnknownCommandError } from '../query.errors.js';

const LAST_30 = { kind: 'last-days', days: 30 } as const;

describe('parseCommand: call outcomes and agents', () => {
  it('reads call outcomes, with a period', () => {
    expect(parseCommand('show call outcomes')).toEqual({ kind: 'call-outcomes', period: null });
    expect(parseCommand('Show Call Outcome in last 30 days')).toEqual({ kind: 'call-outcomes', period: LAST_30 });
  });

  it('reads every agent ranking, all agents or the top N, by calls when no figure is named', () => {
    const ranking = (metric: string, limit: number | null = null, period: unknown = null) => ({ kind: 'agent-ranking', metric, limit, period });
    expect(parseCommand('show agents by calls')).toEqual(ranking('calls'));
    expect(parseCommand('show agents by talk time')).toEqual(ranking('callSeconds'));
    expect(parseCommand('show agents by missed')).toEqual(ranking('missedCalls'));
    expect(parseCommand('show agents by unreturned')).toEqual(ranking('unreturnedMissedCalls'));
    expect(parseCommand('show agents by speed to lead')).toEqual(ranking('medianSpeedToLeadSeconds'));
    expect(parseCommand('SHOW TOP 3 AGENTS BY LEADS in last 30 days')).toEqual(ranking('leads', 3, LAST_30));
    expect(parseCommand('show agents')).toEqual(ranking('calls'));
  });

  it('reads an agent ranking for a source, a location or an agent, in any order with the period', () => {
    expect(parseCommand('show top 3 agents by speed to lead for source website and location Andheri in last 30 days')).toEqual({
      kind: 'agent-ranking',
      metric: 'medianSpeedToLeadSeconds',
      limit: 3,
      period: LAST_30,
      filters: { source: 'website', location: 'Andheri' },
    });
    expect(parseCommand('show agents in last 30 days for agent Anita Desai')).toEqual({ kind: 'agent-ranking', metric: 'calls', limit: null, period: LAST_30, filters: { agent: 'Anita Desai' } });
  });

  it('reads an agent summary, the name as typed (spaces inside kept, around it dropped)', () => {
    expect(parseCommand('show agent summary for  Anita Desai ')).toEqual({ kind: 'agent-summary', agent: 'Anita Desai', period: null });
    expect(parseCommand('show agent summary for A-17 in last 30 days')).toEqual({ kind: 'agent-summary', agent: 'A-17', period: LAST_30 });
  });

  it.each([
    ['show top 0 agents by calls', 'N: needs a whole number above 0 (0)'],
    ['show top many agents by calls', 'N: needs a whole number above 0 (many)'],
    ['show agent summary for', 'needs an agent, as "show agent summary for Anita Desai"'],
    ['show agent summary', 'needs an agent, as "show agent summary for Anita Desai"'],
  ])('rejects "%s": %s', (text, reason) => {
    const error = catchError(() => parseCommand(text));
    expect(error).toBeInstanceOf(InvalidCommandError);
    expect(error).toMatchObject({ code: 'INVALID_COMMAND', message: `invalid command "${text}": ${reason}` });
  });

  it.each([
    ['show agents by talktime', 'show agents by talk time'],
    ['show top 3 agent by calls', 'show top 3 agents by calls'],
    ['show agents by speed of lead', 'show agents by speed to lead'],
    ['show call outcomez', 'show call outcomes'],
    ['show agent sumary for Anita', 'show agent summary for Anita'],
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
