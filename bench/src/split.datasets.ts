import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { SampleManifest } from '@hcdm/sample';
import { fileOf } from './dataset.cache.js';
import { ACTIVITY_KINDS, csvFields, ensureSplit, type DatasetSplit } from './dataset.split.js';

/** A week of a year's data: the weekly batch is the last 1/52 of the records by time. */
export const WEEKS_PER_YEAR = 52;

/**
 * The dataset in two halves by id (issue 14): the first half of each file's rows (the sample
 * writes them in id order: leads, calls and SMS in time order too) is the database, the second
 * half the batch imported into it. Each half also carries the customers and listings its own
 * leads, calls and SMS name, so the second half imports on its own into an empty database as well.
 */
export function ensureHalves(manifest: SampleManifest): Promise<DatasetSplit> {
  const firstHalf = (index: number, rows: number) => index < Math.floor(rows / 2);
  return ensureSplit(manifest, `${manifest.dir}-halves`, {
    activity: (row) => (firstHalf(row.index, row.rows) ? 'base' : 'batch'),
    entity: (_kind, index, rows) => (firstHalf(index, rows) ? 'base' : 'batch'),
  });
}

/**
 * The weekly batch (issue 14): the leads, calls and SMS of the last 1/52 of the dataset's
 * records by time (one cut-off instant for the three kinds together), with every customer and
 * listing they name; the database holds the rest: the earlier records, and every customer and
 * listing but those only the batch names (the week's new ones).
 */
export async function ensureWeeklyBatch(manifest: SampleManifest): Promise<DatasetSplit> {
  const cutoff = await weeklyCutoff(manifest);
  return ensureSplit(manifest, `${manifest.dir}-weekly`, {
    activity: (row) => (row.at >= cutoff ? 'batch' : 'base'),
    entity: (_kind, _index, _rows, named) => (named.batch && !named.base ? 'batch' : 'base'),
  });
}

/** The instant at which the last 1/52 of the leads, calls and SMS (together, by time) begins. */
async function weeklyCutoff(manifest: SampleManifest): Promise<number> {
  const times: number[] = [];
  for (const kind of ACTIVITY_KINDS) {
    let at = -1;
    for await (const line of createInterface({ input: createReadStream(fileOf(manifest, kind)), crlfDelay: Number.POSITIVE_INFINITY })) {
      if (line === '') continue;
      const fields = csvFields(line);
      if (at === -1) at = fields.indexOf('timestamp');
      else times.push(Date.parse(fields[at]!));
    }
  }
  const sorted = Float64Array.from(times).sort();
  return sorted[sorted.length - Math.max(1, Math.round(sorted.length / WEEKS_PER_YEAR))]!;
}
