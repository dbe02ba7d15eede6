import type { DerivedColumns, SqlValue } from '@hcdm/core/parsing';

/**
 * Every lead, ordered by (customer, created_at, lead_id) as SQL orders them: plain arrays, so
 * the table can be handed to a worker thread as it is.
 */
export interface LeadTable {
  readonly customerIds: string[];
  readonly leadIds: string[];
  readonly listingIds: string[];
  readonly times: Float64Array;
}

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
  private readonly leadIds: readonly string[];
  /** One string per listing, however many leads name it (a table from another thread has a copy per row). */
  private readonly listingIds: string[];
  private readonly times: Float64Array;

  constructor(leads: LeadTable) {
    const { customerIds } = leads;
    this.ends = new Int32Array(customerIds.length);
    let start = 0;
    for (let index = 1; index <= customerIds.length; index += 1) {
      if (index < customerIds.length && customerIds[index] === customerIds[start]) continue;
      this.starts.set(customerIds[start]!, start);
      this.ends[start] = index;
      start = index;
    }
    this.leadIds = leads.leadIds;
    this.times = leads.times;
    const listings = new Map<string, string>();
    this.listingIds = leads.listingIds.map((id) => listings.get(id) ?? (listings.set(id, id), id));
  }

  /** The lead and listing a record of `customerId` at `at` (epoch ms), tagged with `tag` or not, is attributed to. */
  attribute(customerId: string, at: number, tag: string | null): [leadId: string | null, listingId: string | null] {
    const start = this.starts.get(customerId);
    if (tag !== null) return [start === undefined ? null : this.taggedLead(start, at, tag), tag];
    if (start === undefined) return [null, null];
    const index = this.latestAtOrBefore(start, at);
    return [this.leadIds[index]!, this.listingIds[index]!];
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

  /** The customer's lead on `tag`: the latest at or before `at`, else the earliest; null without one. */
  private taggedLead(start: number, at: number, tag: string): string | null {
    const { listingIds, times, leadIds } = this;
    let earliest = -1;
    let latest = -1;
    for (let index = start; index < this.ends[start]!; index += 1) {
      if (listingIds[index] !== tag) continue;
      if (earliest === -1) earliest = index;
      if (times[index]! <= at) latest = index;
    }
    const pick = latest !== -1 ? latest : earliest;
    return pick === -1 ? null : leadIds[pick]!;
  }
}

/** The columns the attribution fills on calls and SMS. */
const ATTRIBUTION_COLUMNS: DerivedColumns['columns'] = [
  { column: 'attributed_lead_id', sqlType: 'varchar' },
  { column: 'attributed_property_id', sqlType: 'varchar' },
];

/**
 * The attribution columns of calls and SMS as derived columns of their import: computed from
 * the parsed row's customer, time and listing tag (found by column name in the spec). The
 * lookup is built from `leads` on the first row; with `leads` null the values are computed
 * elsewhere (the parsing worker) and this thread holds no copy of the leads.
 */
export function attributionColumns(leads: LeadTable | null, columns: readonly { column: string }[]): DerivedColumns {
  const position = (name: string) => columns.findIndex((column) => column.column === name);
  const customer = position('customer_id');
  const time = position('occurred_at');
  const tag = position('property_id');
  let lookup: AttributionLookup | null = null;
  const build = () => {
    if (leads === null) throw new Error('attribution: these records are attributed by the parsing worker');
    return new AttributionLookup(leads);
  };
  return {
    columns: ATTRIBUTION_COLUMNS,
    derive: (values: readonly SqlValue[]) =>
      (lookup ??= build()).attribute(values[customer] as string, values[time] as number, (values[tag] as string | null | undefined) ?? null),
  };
}
