import { describe, expect, it } from 'vitest';
import { fitColumnWidths, frameWidth } from './column-widths.js';

const text = (natural: number) => ({ natural, wrapMin: natural, cuttable: true });
const number = (natural: number, wrapMin: number) => ({ natural, wrapMin, cuttable: false });

describe('fitColumnWidths', () => {
  it('keeps natural widths that fit', () => {
    expect(fitColumnWidths([text(10), number(5, 5)], 80)).toEqual([10, 5]);
  });

  it('wraps number headers before it cuts any text', () => {
    // frame 10; 20 + 10 + 10 + 10 = 50, 10 too wide: the first number column gives 5 (to its
    // wrap width), then the text column gives the other 5; "Engagement" is one word and keeps 10.
    expect(fitColumnWidths([text(20), number(10, 5), number(10, 10)], 40)).toEqual([15, 5, 10]);
  });

  it('cuts the widest text column first and leaves numbers whole', () => {
    // frame 10; 30 + 40 + 6 + 10 = 86, 36 too wide: 40 -> 30 (10), then 26 taken in turn from
    // the two 30s, the first column first: 13 each -> 17 and 17.
    expect(fitColumnWidths([text(30), text(40), number(6, 6)], 50)).toEqual([17, 17, 6]);
    expect(frameWidth(3)).toEqual(10);
  });

  it('stops at the minimum text width and lets the table stay wider', () => {
    expect(fitColumnWidths([text(12), number(70, 70)], 40)).toEqual([8, 70]);
  });

  it('never cuts a text column that is already narrower than the minimum', () => {
    expect(fitColumnWidths([text(5), text(30)], 20)).toEqual([5, 8]);
  });
});
