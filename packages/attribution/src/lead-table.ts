import { PackedStringsBuilder, type PackedStrings } from '@hcdm/core';

/**
 * Every lead, ordered by (customer, created_at, lead_id) as SQL orders them, for attributing
 * calls and SMS in memory. Compact on purpose: all the ids packed in one string with their end
 * offsets, the times in a typed array. Held as 600,000 separate strings (a customer, lead and
 * listing id per lead, for 200,000 leads), the table slowed every garbage collection of the
 * thread parsing beside it by a third, and it crossed to that thread as 600,000 strings too.
 */
export interface LeadTable {
  /** Three per lead, in the leads' order: its customer id, lead id and listing id. */
  readonly ids: PackedStrings;
  /** created_at of each lead, epoch ms: as many as there are leads. */
  readonly times: Float64Array;
}

/**
 * Above this many leads no lead table is read (it holds every lead in memory, about 100 bytes
 * each); the import then leaves attribution to the SQL refresh, slower but in bounded memory.
 */
export const MAX_LEADS_IN_MEMORY = 1_000_000;

/** Collects leads in SQL order into a LeadTable. */
export class LeadTableBuilder {
  private readonly ids: PackedStringsBuilder;
  private readonly times: Float64Array;
  private size = 0;

  constructor(private readonly capacity: number) {
    this.ids = new PackedStringsBuilder(capacity * 3);
    this.times = new Float64Array(capacity);
  }

  add(customerId: string, leadId: string, listingId: string, createdAt: number): void {
    if (this.size === this.capacity) throw new Error(`lead table: more than the ${this.capacity} leads counted`);
    this.ids.add(customerId);
    this.ids.add(leadId);
    this.ids.add(listingId);
    this.times[this.size] = createdAt;
    this.size += 1;
  }

  build(): LeadTable {
    return { ids: this.ids.build(), times: this.times.subarray(0, this.size) };
  }
}
