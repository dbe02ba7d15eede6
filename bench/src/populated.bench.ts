import type { KindCounts } from '@hcdm/import';
import type { DatabaseSlots } from './database-slots.js';
import type { DatasetSplit } from './dataset.split.js';
import { hcdmImport } from './hcdm-cli.js';
import type { MeasuredRun } from './process.measure.js';

/** Imports into databases that already hold data (issue 14), each round's runs and the counts of the last. */
export interface PopulatedTimings {
  /** The second half of the dataset (by id) into a database holding the first half. */
  readonly populated: MeasuredRun[];
  /** The same second half into an empty database: the populated import's reference. */
  readonly emptyHalf: MeasuredRun[];
  /** The weekly batch (the last 1/52 by time) into the database holding the rest. */
  readonly weekly: MeasuredRun[];
  readonly populatedCounts: Record<string, KindCounts>;
  readonly emptyHalfCounts: Record<string, KindCounts>;
  readonly weeklyCounts: Record<string, KindCounts>;
}

export interface PopulatedBench {
  /** One per measure, to be run once a round, alternating with the other contenders. */
  readonly contenders: readonly (() => void)[];
  readonly timings: PopulatedTimings;
}

/**
 * The populated-database imports: the halves' and the weekly split's bases imported once
 * (not timed), then each round a copy of the base gets the batch, and the second half also goes
 * into an empty database. Names are prefixed with `prefix`, so that runs on a shared server
 * never meet.
 */
export function populatedImports(slots: DatabaseSlots, halves: DatasetSplit, weekly: DatasetSplit, prefix: string): PopulatedBench {
  const name = (what: string) => `${prefix}${what}`;
  hcdmImport(slots.empty(name('halves_base')), [halves.base]);
  hcdmImport(slots.empty(name('weekly_base')), [weekly.base]);
  const timings = { populated: [] as MeasuredRun[], emptyHalf: [] as MeasuredRun[], weekly: [] as MeasuredRun[] };
  const counts = { populatedCounts: {}, emptyHalfCounts: {}, weeklyCounts: {} } as Record<'populatedCounts' | 'emptyHalfCounts' | 'weeklyCounts', Record<string, KindCounts>>;
  const contender = (runs: MeasuredRun[], countsKey: keyof typeof counts, target: () => string, batch: string, slot: string) => () => {
    const result = hcdmImport(target(), [batch]);
    runs.push(result.run);
    counts[countsKey] = result.counts;
    slots.drop(slot);
  };
  const contenders = [
    contender(timings.populated, 'populatedCounts', () => slots.copy(name('halves_base'), name('halves_work')), halves.batch, name('halves_work')),
    contender(timings.emptyHalf, 'emptyHalfCounts', () => slots.empty(name('halves_empty')), halves.batch, name('halves_empty')),
    contender(timings.weekly, 'weeklyCounts', () => slots.copy(name('weekly_base'), name('weekly_work')), weekly.batch, name('weekly_work')),
  ];
  return {
    contenders,
    get timings(): PopulatedTimings {
      return { ...timings, ...counts };
    },
  };
}

/** Drops the bases populatedImports made. */
export function dropPopulatedBases(slots: DatabaseSlots, prefix: string): void {
  for (const base of ['halves_base', 'weekly_base']) slots.drop(`${prefix}${base}`);
}

/**
 * Whether an import into a populated database wrote the same rows as the import of the same
 * files into an empty one: every row either inserted or, where the database held it already,
 * unchanged; none updated or rejected; the same number of rows read.
 */
export function sameRows(populated: Record<string, KindCounts>, empty: Record<string, KindCounts>): boolean {
  const kinds = Object.keys(empty);
  return (
    kinds.length === 5 &&
    kinds.every((kind) => {
      const into = populated[kind];
      const fresh = empty[kind]!;
      return into !== undefined && into.inserted + into.unchanged === fresh.inserted && into.updated + into.rejected + fresh.rejected === 0;
    })
  );
}
