import { describe, expect, it } from 'vitest';
import { copyCsvRows } from './copy-csv.format.js';

describe('copyCsvRows', () => {
  it('writes rows of bound values as COPY CSV: null empty, strings quoted, numbers as they are', () => {
    const params = ['K1', 'C1', 1772359200000, 0, null, 'say "hi", then\nleave', '', 32500000.5, -0.25, '\\.'];
    expect(copyCsvRows(params, 5, 2)).toBe(
      ['"K1","C1",1772359200000,0,', '"say ""hi"", then\nleave","",32500000.5,-0.25,"\\."', ''].join('\n'),
    );
  });

  it('writes only the rows asked for, and nothing for none', () => {
    expect(copyCsvRows(['a', 1, 'b', 2], 2, 1)).toBe('"a",1\n');
    expect(copyCsvRows([], 3, 0)).toBe('');
  });
});
