import { describe, expect, it } from 'vitest';
import { resolvePeriod } from './period.js';

const at = (iso: string) => Date.parse(iso);

describe('resolvePeriod', () => {
  it('takes whole days in the zone, the first day included and the last day whole', () => {
    expect(resolvePeriod({ kind: 'between', from: '2026-03-01', to: '2026-03-31' }, 'Asia/Kolkata', null)).toEqual({
      from: at('2026-02-28T18:30:00Z'),
      to: at('2026-03-31T18:30:00Z'),
    });
  });

  // Havana's clocks go back from 01:00 (UTC-4) to 00:00 (UTC-5) on 2026-11-01: midnight happens
  // at 04:00Z and again at 05:00Z. The day starts at its first midnight, where 31 October ends.
  it('starts a day at its first midnight where the clocks go back at midnight', () => {
    const october31 = resolvePeriod({ kind: 'between', from: '2026-10-31', to: '2026-10-31' }, 'America/Havana', null);
    const november1 = resolvePeriod({ kind: 'between', from: '2026-11-01', to: '2026-11-01' }, 'America/Havana', null);
    expect(october31).toEqual({ from: at('2026-10-31T04:00:00Z'), to: at('2026-11-01T04:00:00Z') });
    expect(november1).toEqual({ from: at('2026-11-01T04:00:00Z'), to: at('2026-11-02T05:00:00Z') });
  });

  it('leaves no hour out between consecutive one-day periods across the change', () => {
    const days = ['2026-10-31', '2026-11-01', '2026-11-02'].map((day) =>
      resolvePeriod({ kind: 'between', from: day, to: day }, 'America/Havana', null),
    );
    expect(days[0]!.to).toBe(days[1]!.from);
    expect(days[1]!.to).toBe(days[2]!.from);
  });

  it('counts the last N days back from now', () => {
    expect(resolvePeriod({ kind: 'last-days', days: 2 }, 'UTC', at('2026-03-10T12:00:00Z'))).toEqual({
      from: at('2026-03-08T12:00:00Z'),
      to: at('2026-03-10T12:00:00.001Z'),
    });
  });
});
