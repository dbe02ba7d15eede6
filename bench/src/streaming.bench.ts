import { createReadStream, createWriteStream, mkdirSync } from 'node:fs';
import { once } from 'node:events';
import { basename, join } from 'node:path';
import { createInterface } from 'node:readline';
import { openDatabase } from '@hcdm/analytics';
import type { SampleManifest } from '@hcdm/sample';
import { fileOf } from './dataset.cache.js';
import type { KindCounts } from '@hcdm/import';
import { hcdmImport, hcdmImportFailing } from './hcdm-cli.js';
import { removeDatabase } from './import.bench.js';
import type { MeasuredRun } from './process.measure.js';

export interface StreamingCheck {
  readonly calls: number;
  /** The whole file imported into an empty database. */
  readonly import: MeasuredRun;
  readonly counts: Record<string, KindCounts>;
  /** The same file with one bad row near its end, all or nothing. */
  readonly badRow: MeasuredRun;
  readonly badLine: number;
  /** The error names the file, the line and the field. */
  readonly messageNamesLine: boolean;
  /** Nothing was written by the rejected import. */
  readonly nothingWritten: boolean;
}

/**
 * A calls file of `calls` rows (the dataset's customers, listings and leads with more calls):
 * imported whole, then with a negative duration on a line near its end. Both stream, so memory
 * stays what it is for a small file.
 */
export async function benchStreaming(manifest: SampleManifest, calls: number, workDir: string): Promise<StreamingCheck> {
  const base = ['customers', 'listings', 'leads'].map((kind) => fileOf(manifest, kind as 'customers'));
  const database = join(workDir, 'streaming.sqlite');
  removeDatabase(database);
  const whole = hcdmImport(database, [...base, fileOf(manifest, 'calls')]);
  removeDatabase(database);
  const badDir = join(workDir, 'bad-row');
  mkdirSync(badDir, { recursive: true });
  const badFile = join(badDir, basename(fileOf(manifest, 'calls')));
  const badLine = calls - 10;
  await copyWithBadDuration(fileOf(manifest, 'calls'), badFile, badLine);
  const badRow = hcdmImportFailing(database, [...base, badFile]);
  const expected = `${badFile}:${badLine}: duration: is negative (-5)`;
  const db = await openDatabase({ database });
  const nothingWritten = await db.isEmpty();
  await db.close();
  removeDatabase(database);
  return { calls, import: whole.run, counts: whole.counts, badRow, badLine, messageNamesLine: badRow.stderr.includes(expected), nothingWritten };
}

/** Copies a calls CSV line by line, with the duration (4th value) of line `badLine` made -5. */
async function copyWithBadDuration(from: string, to: string, badLine: number): Promise<void> {
  const output = createWriteStream(to);
  let line = 0;
  for await (const text of createInterface({ input: createReadStream(from), crlfDelay: Infinity })) {
    line += 1;
    const row = line === badLine ? text.split(',').map((value, index) => (index === 3 ? '-5' : value)).join(',') : text;
    if (!output.write(`${row}\n`)) await once(output, 'drain');
  }
  output.end();
  await once(output, 'finish');
}
