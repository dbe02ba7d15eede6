import { describe, expect, it } from 'vitest';
import { drawTable, formatTable } from './table.format.js';

const leads = {
  title: 'Top 2 leads by call volume',
  columns: [
    { key: 'leadId', header: 'Lead ID', align: 'left' as const },
    { key: 'name', header: 'Name', align: 'left' as const },
    { key: 'callCount', header: 'Call Count', align: 'right' as const },
  ],
  rows: [
    { leadId: 'L102', name: 'Priya Sharma', callCount: 18 },
    { leadId: 'L89', name: 'Arjun Mehta', callCount: 5 },
  ],
};

describe('formatTable', () => {
  it('draws the title, an ASCII table with a header rule, and right-aligned numbers', () => {
    expect(formatTable(leads)).toEqual(
      [
        'Top 2 leads by call volume',
        '+---------+--------------+------------+',
        '| Lead ID | Name         | Call Count |',
        '+---------+--------------+------------+',
        '| L102    | Priya Sharma |         18 |',
        '| L89     | Arjun Mehta  |          5 |',
        '+---------+--------------+------------+',
        '',
      ].join('\n'),
    );
  });

  it('says so when there are no rows', () => {
    expect(formatTable({ ...leads, rows: [] })).toEqual('Top 2 leads by call volume\n(no rows)\n');
  });

  it('lays out a cell of two lines on two lines, and shows a tab as a space', () => {
    const rows = [
      { leadId: 'L1', name: 'Asha\nRao', callCount: 3 },
      { leadId: 'L2', name: 'Vikram\tShah', callCount: 12 },
    ];
    expect(formatTable({ ...leads, rows })).toEqual(
      [
        'Top 2 leads by call volume',
        '+---------+-------------+------------+',
        '| Lead ID | Name        | Call Count |',
        '+---------+-------------+------------+',
        '| L1      | Asha        |          3 |',
        '|         | Rao         |            |',
        '| L2      | Vikram Shah |         12 |',
        '+---------+-------------+------------+',
        '',
      ].join('\n'),
    );
  });

  it('draws 20,000 plain rows in the same layout', () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => ({ leadId: `L${i}`, name: i % 2 ? 'Priya Sharma' : 'Arjun Mehta', callCount: i }));
    const lines = formatTable({ ...leads, rows }).split('\n');
    expect(lines.slice(0, 6)).toEqual([
      'Top 2 leads by call volume',
      '+---------+--------------+------------+',
      '| Lead ID | Name         | Call Count |',
      '+---------+--------------+------------+',
      '| L0      | Arjun Mehta  |          0 |',
      '| L1      | Priya Sharma |          1 |',
    ]);
    expect(lines.length).toEqual(20_000 + 6);
    expect(lines.slice(-3)).toEqual(['| L19999  | Priya Sharma |      19999 |', '+---------+--------------+------------+', '']);
  });

  it('shows a missing value as a dash', () => {
    const table = drawTable(leads.columns, [{ leadId: 'L1', name: null, callCount: 0 }]);
    expect(table.split('\n')[3]).toEqual('| L1      | -    |          0 |');
  });

  it('wraps headers at spaces before it cuts text, then cuts the text, never the ids', () => {
    // 30 columns; frame 10. Natural 7 + 12 + 10 = 29, 9 too many. Headers wrap first, taking
    // from the column with the most slack (first of equals): Call Count 10 -> 5 and Lead ID
    // 7 -> 4 (its ids are 4 wide) give 8; the last one is cut from Name: 12 -> 11.
    expect(drawTable(leads.columns, leads.rows, 30)).toEqual(
      [
        '+------+-------------+-------+',
        '| Lead | Name        |  Call |',
        '| ID   |             | Count |',
        '+------+-------------+-------+',
        '| L102 | Priya Shar… |    18 |',
        '| L89  | Arjun Mehta |     5 |',
        '+------+-------------+-------+',
        '',
      ].join('\n'),
    );
  });

  it('cuts free text but never a single token such as a timestamp', () => {
    const columns = [
      { key: 'callId', header: 'Call ID', align: 'left' as const },
      { key: 'name', header: 'Name', align: 'left' as const },
      { key: 'time', header: 'Time', align: 'left' as const },
    ];
    const rows = [{ callId: 'K1', name: 'Asha Rao Deshpande', time: '2026-03-05T10:00:00.000Z' }];
    // 50 columns, frame 10; 7 + 18 + 24 = 49, 9 too many: "Call ID" wraps (3), Name is cut (6).
    expect(drawTable(columns, rows, 50)).toEqual(
      [
        '+------+--------------+--------------------------+',
        '| Call | Name         | Time                     |',
        '| ID   |              |                          |',
        '+------+--------------+--------------------------+',
        '| K1   | Asha Rao De… | 2026-03-05T10:00:00.000Z |',
        '+------+--------------+--------------------------+',
        '',
      ].join('\n'),
    );
  });

  it('shows rows as records when even cut text cannot fit', () => {
    const wide = {
      title: 'Wide',
      columns: ['a', 'b', 'c', 'd', 'e', 'f'].map((key) => ({ key, header: `Count ${key.toUpperCase()}`, align: 'right' as const })),
      rows: [{ a: 1000000000, b: 2000000000, c: 3, d: 4, e: 5, f: 6 }],
    };
    // Six numbers of up to 10 digits: 10+10+5*4 wide at least, plus a frame of 19: 59 > 40.
    expect(formatTable(wide, 40)).toEqual(
      ['Wide', '-[ 1 ]----------------------------------', 'Count A  1000000000', 'Count B  2000000000', 'Count C  3', 'Count D  4', 'Count E  5', 'Count F  6', ''].join('\n'),
    );
  });

  it('cuts long text with … so the table fits 80 columns, and never cuts a number', () => {
    const columns = [
      { key: 'propertyId', header: 'Property', align: 'left' as const },
      { key: 'title', header: 'Title', align: 'left' as const },
      { key: 'location', header: 'Location', align: 'left' as const },
      { key: 'price', header: 'Price', align: 'right' as const },
    ];
    const title = 'Spacious 3 BHK apartment with a sea-facing balcony and two covered parking spaces';
    const location = 'Bandra West, Mumbai, Maharashtra';
    const table = drawTable(columns, [{ propertyId: 'P17', title, location, price: 123456789012 }]);
    const lines = table.trimEnd().split('\n');
    expect(lines.map((line) => line.length <= 80)).toEqual([true, true, true, true, true]);
    // Widths: Property 8, Price 12, frame 13 -> 47 left for title and location, cut widest first:
    // the widest shrinks first: title 81 -> 32, then title and location in turn, title first,
    // until 47: title 23, location 24.
    expect(lines[3]).toEqual('| P17      | Spacious 3 BHK apartme… | Bandra West, Mumbai, Ma… | 123456789012 |');
  });
});
