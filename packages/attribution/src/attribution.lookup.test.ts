import { describe, expect, it } from 'vitest';
import { AttributionLookup } from './attribution.lookup.js';
import { LeadTableBuilder } from './lead-table.js';

const at = (iso: string) => Date.parse(iso);

/** Leads in SQL order (customer, created_at, lead_id), ids of uneven lengths so offsets matter. */
function table() {
  const builder = new LeadTableBuilder(5);
  builder.add('C1', 'L1', 'P1', at('2026-03-01T00:00:00Z'));
  builder.add('C1', 'L22', 'P2', at('2026-03-05T00:00:00Z'));
  builder.add('C1', 'L3', 'P1', at('2026-03-09T00:00:00Z'));
  builder.add('C10', 'L4444', 'P333', at('2026-03-02T00:00:00Z'));
  return builder.build();
}

describe('LeadTableBuilder', () => {
  it('keeps every id in one string with three end offsets per lead', () => {
    const leads = table();
    expect({ size: leads.times.length, ids: leads.ids.text, ends: [...leads.ids.ends], times: leads.times.length }).toEqual({
      size: 4,
      ids: 'C1L1P1C1L22P2C1L3P1C10L4444P333',
      ends: [2, 4, 6, 8, 11, 13, 15, 17, 19, 22, 27, 31],
      times: 4,
    });
  });

  it('refuses more leads than it was made for', () => {
    const builder = new LeadTableBuilder(1);
    builder.add('C1', 'L1', 'P1', 0);
    expect(() => builder.add('C1', 'L2', 'P1', 0)).toThrow('more than the 1 leads counted');
  });
});

describe('AttributionLookup over a compact lead table', () => {
  const lookup = new AttributionLookup(table());

  it.each([
    ['untagged, between leads: the latest at or before', 'C1', '2026-03-06T00:00:00Z', null, ['L22', 'P2']],
    ['untagged, before every lead: the first', 'C1', '2026-02-01T00:00:00Z', null, ['L1', 'P1']],
    ['untagged, after every lead: the last', 'C1', '2026-04-01T00:00:00Z', null, ['L3', 'P1']],
    ['tagged: the latest lead on that listing at or before', 'C1', '2026-03-10T00:00:00Z', 'P1', ['L3', 'P1']],
    ['tagged, before every lead on it: the earliest on it', 'C1', '2026-02-01T00:00:00Z', 'P2', ['L22', 'P2']],
    ['tagged with a listing the customer has no lead on: no lead, the tag', 'C1', '2026-03-10T00:00:00Z', 'P9', [null, 'P9']],
    ['the last customer of the table', 'C10', '2026-03-03T00:00:00Z', null, ['L4444', 'P333']],
    ['a customer without leads', 'C2', '2026-03-03T00:00:00Z', null, [null, null]],
  ])('%s', (_case, customer, when, tag, expected) => {
    expect(lookup.attribute(customer, at(when), tag)).toEqual(expected);
  });
});
