import { describe, expect, it } from 'vitest';
import { change, changePct, withPrevious } from './figure-change.js';

describe('the change beside a previous figure', () => {
  it('is current minus previous, without float noise', () => {
    expect([change(4, 3), change(2, 3), change(32.6, 32.2), change(0.5, 0.25), change(0, 0)]).toEqual([1, -1, 0.4, 0.25, 0]);
  });

  it('is a percentage of the previous figure to one decimal, half away from zero', () => {
    // 4 after 3: 33.33...; 2 after 3: -33.33...; 3 after 8: -62.5; 17 after 16: 6.25 -> 6.3; 15 after 16: -6.25 -> -6.3.
    expect([changePct(4, 3), changePct(2, 3), changePct(3, 8), changePct(17, 16), changePct(15, 16), changePct(6, 6)]).toEqual([
      33.3, -33.3, -62.5, 6.3, -6.3, 0,
    ]);
  });

  it('has no percentage after 0, and nothing where either figure is missing', () => {
    expect([changePct(5, 0), changePct(0, 0), changePct(null, 3), change(null, 3), change(3, null)]).toEqual([null, null, null, null, null]);
  });

  it('puts the previous figure, the change and the percentage after each compared figure; a row with nothing before is at 0', () => {
    const row = { leadId: 'L1', callCount: 2, callSeconds: 120 };
    expect(withPrevious(row, { callCount: 1 }, ['callCount'])).toEqual({
      ...row,
      callCountPrevious: 1,
      callCountChange: 1,
      callCountChangePct: 100,
    });
    expect(withPrevious(row, undefined, ['callCount', 'callSeconds'])).toEqual({
      ...row,
      callCountPrevious: 0,
      callCountChange: 2,
      callCountChangePct: null,
      callSecondsPrevious: 0,
      callSecondsChange: 120,
      callSecondsChangePct: null,
    });
  });
});
