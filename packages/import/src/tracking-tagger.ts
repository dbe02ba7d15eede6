import { packedStringAt, type PackedStrings } from '@hcdm/core';
import type { SqlValue } from './import.types.js';

/** Every stored window of every tracking number, ordered by number then start, for tagging rows as they are read. */
export interface TrackingWindows {
  readonly numbers: PackedStrings;
  readonly properties: PackedStrings;
  /** Epoch ms; NaN for an open end. */
  readonly from: Float64Array;
  readonly to: Float64Array;
}

interface Window {
  readonly propertyId: string;
  readonly from: number;
  readonly to: number;
}

/**
 * Tags a call or SMS with the listing of its tracking number (DOMAIN.md "Real exports"): a row
 * without a property_id takes the listing whose window holds its time, as if it had carried
 * that property_id; an explicit property_id wins, and then the number is not kept. A number
 * that no window holds leaves the row untagged, its number kept so that windows imported later
 * can tag it.
 */
export class TrackingTagger {
  private readonly windows = new Map<string, Window[]>();

  constructor(
    stored: TrackingWindows,
    private readonly propertyAt: number,
    private readonly numberAt: number,
    private readonly timeAt: number,
  ) {
    for (let index = 0; index < stored.from.length; index += 1) {
      const number = packedStringAt(stored.numbers, index);
      const window = { propertyId: packedStringAt(stored.properties, index), from: stored.from[index]!, to: stored.to[index]! };
      const list = this.windows.get(number);
      if (list === undefined) this.windows.set(number, [window]);
      else list.push(window);
    }
  }

  /** Tags the row's values in place; true when its tracking number is held by no window (untagged). */
  tag(values: SqlValue[]): boolean {
    const number = values[this.numberAt];
    if (typeof number !== 'string') return false;
    if (values[this.propertyAt] !== null && values[this.propertyAt] !== undefined) {
      values[this.numberAt] = null;
      return false;
    }
    const time = values[this.timeAt] as number;
    const window = this.windows.get(number)?.find((candidate) => !(candidate.from > time) && !(candidate.to <= time));
    if (window === undefined) return true;
    values[this.propertyAt] = window.propertyId;
    return false;
  }
}
