import { InvalidValueError } from '@hcdm/core';
import { describe, expect, it } from 'vitest';
import { explicitBands, quartileBands } from './price-band.edges.js';

describe('quartileBands', () => {
  it('cuts at the nearest-rank quartiles and the highest price', () => {
    // n = 8: Q1 = 2nd = 20, Q2 = 4th = 40, Q3 = 6th = 60, max 80.
    expect(quartileBands([10, 20, 30, 40, 50, 60, 70, 80])).toEqual([
      { label: 'up to 20', from: null, to: 20 },
      { label: 'over 20 to 40', from: 20, to: 40 },
      { label: 'over 40 to 60', from: 40, to: 60 },
      { label: 'over 60 to 80', from: 60, to: 80 },
    ]);
  });

  it('makes one band when all prices are equal', () => {
    expect(quartileBands([500, 500, 500])).toEqual([{ label: 'up to 500', from: null, to: 500 }]);
  });

  it('merges the quartiles many equal prices share, leaving no empty or repeated band', () => {
    // n = 8: Q1 = 2nd = 20, Q2 = 4th = 20, Q3 = 6th = 30, max 50 -> edges 20, 30, 50.
    expect(quartileBands([10, 20, 20, 20, 20, 30, 40, 50])).toEqual([
      { label: 'up to 20', from: null, to: 20 },
      { label: 'over 20 to 30', from: 20, to: 30 },
      { label: 'over 30 to 50', from: 30, to: 50 },
    ]);
  });

  it('has no bands without listings', () => {
    expect(quartileBands([])).toEqual([]);
  });
});

describe('explicitBands', () => {
  it('makes a band below the first edge, between each pair, and above the last', () => {
    expect(explicitBands([5_000_000, 10_000_000])).toEqual([
      { label: 'up to 5000000', from: null, to: 5_000_000 },
      { label: 'over 5000000 to 10000000', from: 5_000_000, to: 10_000_000 },
      { label: 'over 10000000', from: 10_000_000, to: null },
    ]);
  });

  it('refuses edges that do not increase, negative ones, and none', () => {
    expect(() => explicitBands([10, 10])).toThrow(new InvalidValueError('bands', 'edges must increase', '10,10'));
    expect(() => explicitBands([-1])).toThrow('bands: needs prices of 0 or more (-1)');
    expect(() => explicitBands([])).toThrow('bands: needs at least one edge (empty)');
  });
});
