import { describe, expect, it } from 'vitest';
import { maxKnown, median } from './stats.js';

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect([median([3, 1, 2]), median([4, 1, 3, 2]), median([])]).toEqual([2, 2.5, Number.NaN]);
  });
});

describe('maxKnown', () => {
  it('ignores unknown values, and is null when none is known', () => {
    expect([maxKnown([120, null, 80]), maxKnown([null])]).toEqual([120, null]);
  });
});
