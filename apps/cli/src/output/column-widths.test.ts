import { describe, expect, it } from 'vitest';
import { fitColumnWidths, frameWidth } from './column-widths.js';

describe('fitColumnWidths', () => {
  it('keeps natural widths that fit', () => {
    expect(fitColumnWidths([{ natural: 10, shrinkable: true }, { natural: 5, shrinkable: false }], 80)).toEqual([10, 5]);
  });

  it('takes from the widest text column first and leaves numbers whole', () => {
    // frame 10; 30 + 40 + 6 + 10 = 86, 36 too wide: 40 -> 30 (10), then 26 taken in turn from
    // the two 30s, the first column first: 13 each -> 17 and 17.
    expect(fitColumnWidths([{ natural: 30, shrinkable: true }, { natural: 40, shrinkable: true }, { natural: 6, shrinkable: false }], 50)).toEqual([17, 17, 6]);
    expect(frameWidth(3)).toEqual(10);
  });

  it('stops at the minimum width and lets the table stay wider', () => {
    expect(fitColumnWidths([{ natural: 12, shrinkable: true }, { natural: 70, shrinkable: false }], 40)).toEqual([8, 70]);
  });
});
