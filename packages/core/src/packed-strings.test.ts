import { describe, expect, it } from 'vitest';
import { PackedStringsBuilder, packedStringAt, packedStringSet, packStrings } from './packed-strings.js';

describe('PackedStrings', () => {
  it('joins strings with the offset where each ends', () => {
    expect(packStrings(['C1', 'L22', '', 'P333'])).toEqual({ text: 'C1L22P333', ends: Int32Array.from([2, 5, 5, 9]) });
  });

  it('gives back each string exactly, whatever it holds: separators, line breaks, quotes, non-ASCII', () => {
    const values = ['a,b', 'line\nbreak', '', '"quoted"', 'नमस्ते', '\u0000', 'tab\there'];
    const packed = packStrings(values);
    expect(values.map((_, index) => packedStringAt(packed, index))).toEqual(values);
    expect(packedStringSet(packed)).toEqual(new Set(values));
  });

  it('keeps order and offsets across its internal chunks and beyond the capacity it was given', () => {
    // 30,000 strings: past two chunk joins (12,288 each) and ten times the capacity.
    const builder = new PackedStringsBuilder(3000);
    for (let index = 0; index < 30_000; index += 1) builder.add(`K${index}`);
    const packed = builder.build();
    expect(builder.size).toBe(30_000);
    expect([packedStringAt(packed, 0), packedStringAt(packed, 12_287), packedStringAt(packed, 12_288), packedStringAt(packed, 29_999)]).toEqual([
      'K0',
      'K12287',
      'K12288',
      'K29999',
    ]);
    expect(packedStringSet(packed).size).toBe(30_000);
  });

  it('packs nothing as an empty text with no offsets', () => {
    const packed = packStrings([]);
    expect({ text: packed.text, ends: [...packed.ends], set: packedStringSet(packed).size }).toEqual({ text: '', ends: [], set: 0 });
  });
});
