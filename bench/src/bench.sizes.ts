import type { RecordKind } from '@hcdm/import';

/** The kinds the sample writes (it makes no tracking numbers). */
export type SampleKind = Exclude<RecordKind, 'tracking_numbers'>;

/** The sample's kinds, in load order: the files and tables the benchmark reads and writes. */
export const SAMPLE_KINDS: readonly SampleKind[] = ['customers', 'listings', 'leads', 'calls', 'sms'];

/** How big the generated exports are, rows per kind; the same sizes and seed always give the same files. */
export type DatasetSize = Readonly<Record<SampleKind, number>>;

/** The benchmark of the issue: a year of activity for a mid-sized agency, about 150 MB of CSV. */
export const FULL_SIZE: DatasetSize = { customers: 100_000, listings: 20_000, leads: 200_000, calls: 1_000_000, sms: 1_000_000 };

/** The run inside `pnpm test`: every step of the full run, on a few thousand rows. */
export const SMOKE_SIZE: DatasetSize = { customers: 500, listings: 60, leads: 1_000, calls: 8_000, sms: 5_000 };

/** Calls in the streaming check: the full run's 5M-row file, and a small one for the smoke run. */
export const FULL_STREAMING_CALLS = 5_000_000;
export const SMOKE_STREAMING_CALLS = 20_000;

export const SAMPLE_SEED = 42;

/**
 * The sample's file layout, in the cache folder's name: a cache written before a change of the
 * sample's columns (v2: leads, calls and SMS gained `agent`) is not read as today's files.
 */
const SAMPLE_LAYOUT = 'v2';

/** `size` with every kind's rows multiplied by `scale` (at least one each): `--scale 0.1` runs in a tenth of the time. */
export function scaledSize(size: DatasetSize, scale: number): DatasetSize {
  const rows = (count: number) => Math.max(1, Math.round(count * scale));
  return { customers: rows(size.customers), listings: rows(size.listings), leads: rows(size.leads), calls: rows(size.calls), sms: rows(size.sms) };
}

/** A name for a size, used as its cache folder. */
export function sizeKey(size: DatasetSize): string {
  return `${SAMPLE_LAYOUT}-seed${SAMPLE_SEED}-c${size.customers}-p${size.listings}-l${size.leads}-k${size.calls}-s${size.sms}`;
}
