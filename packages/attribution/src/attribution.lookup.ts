import { packedStringAt, type PackedStrings } from '@hcdm/core';
import type { LeadTable } from './lead-table.js';

/**
 * The attribution rule of refreshAttribution, applied in memory to records as the import reads
 * them, so each call and SMS is written once, already attributed, instead of being updated by a
 * correlated query per record afterwards. "The latest lead at or before" is a binary search
 * over the customer's lead times, and ties between equal times follow SQL's own id order,
 * because the leads come ordered by SQL.
 */
export class AttributionLookup {
  /** Each customer's first lead; `ends[start]` is one past their last. */
  private readonly starts = new Map<string, number>();
  private readonly ends: Int32Array;
  /** The table's ids: a lead id is sliced out only when a record is attributed to it. */
  private readonly ids: PackedStrings;
  /** One string per listing, however many leads name it, and each lead's listing as an index into them. */
  private readonly listingIds: string[] = [];
  private readonly listingIndexes = new Map<string, number>();
  private readonly listingOf: Int32Array;
  private readonly times: Float64Array;

  constructor(leads: LeadTable) {
    const { ids, times } = leads;
    const size = times.length;
    this.ids = ids;
    this.times = times;
    this.ends = new Int32Array(size);
    this.listingOf = new Int32Array(size);
    const listings = this.listingIndexes;
    let start = 0;
    let startCustomer = '';
    for (let index = 0; index < size; index += 1) {
      const customer = packedStringAt(ids, index * 3);
      if (index === 0 || customer !== startCustomer) {
        if (index > 0) this.ends[start] = index;
        this.starts.set(customer, index);
        start = index;
        startCustomer = customer;
      }
      const listing = packedStringAt(ids, index * 3 + 2);
      let listingIndex = listings.get(listing);
      if (listingIndex === undefined) {
        listingIndex = this.listingIds.push(listing) - 1;
        listings.set(listing, listingIndex);
      }
      this.listingOf[index] = listingIndex;
    }
    if (size > 0) this.ends[start] = size;
  }

  private leadId(index: number): string {
    return packedStringAt(this.ids, index * 3 + 1);
  }

  /** The lead and listing a record of `customerId` at `at` (epoch ms), tagged with `tag` or not, is attributed to. */
  attribute(customerId: string, at: number, tag: string | null): [leadId: string | null, listingId: string | null] {
    const start = this.starts.get(customerId);
    if (tag !== null) return [start === undefined ? null : this.taggedLead(start, at, tag), tag];
    if (start === undefined) return [null, null];
    const index = this.latestAtOrBefore(start, at);
    return [this.leadId(index), this.listingIds[this.listingOf[index]!]!];
  }

  /** The last lead at or before `at`, else the first. */
  private latestAtOrBefore(start: number, at: number): number {
    const times = this.times;
    let low = start;
    let high = this.ends[start]!;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (times[middle]! <= at) low = middle + 1;
      else high = middle;
    }
    return low > start ? low - 1 : start;
  }

  /**
   * The customer's lead on `tag`: the latest at or before `at`, else the earliest; null without
   * one. The leads run in time order, so the first one on `tag` after `at` ends the search.
   */
  private taggedLead(start: number, at: number, tag: string): string | null {
    const wanted = this.listingIndexes.get(tag);
    if (wanted === undefined) return null;
    const { listingOf, times } = this;
    let pick = -1;
    for (let index = start; index < this.ends[start]!; index += 1) {
      if (listingOf[index] !== wanted) continue;
      if (times[index]! <= at) pick = index;
      else {
        if (pick === -1) pick = index;
        break;
      }
    }
    return pick === -1 ? null : this.leadId(pick);
  }
}
