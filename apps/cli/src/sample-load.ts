import { dirname, join, resolve } from 'node:path';
import type { HcdmDatabase } from '@hcdm/analytics';
import type { ImportSummary } from '@hcdm/analytics';
import { databaseLabel, isServerDatabase } from '@hcdm/core';
import { importWithProgress } from './import-with-progress.js';
import { createProgressBar } from './output/progress-bar.js';

/**
 * The folder sample data goes to: beside the database, so it is easy to find and to delete
 * (for a PostgreSQL database, in the current folder).
 */
export function sampleFolder(databasePath: string): string {
  return join(isServerDatabase(databasePath) ? process.cwd() : dirname(resolve(databasePath)), 'hcdm-sample');
}

/** Writes the default sample beside the database and imports it, telling the user on `err`. */
export async function loadSampleData(
  db: HcdmDatabase,
  databasePath: string,
  err: NodeJS.WritableStream & { isTTY?: boolean },
): Promise<ImportSummary> {
  const folder = sampleFolder(databasePath);
  err.write(`Writing sample files to ${folder}\nand importing them into ${databaseLabel(databasePath)}.\n`);
  // For someone who has just installed hcdm: what this data is, and how their own gets in.
  err.write('The sample is made up, to try hcdm on; your own exports go in through\n"Import & data" in the menu, or with: hcdm import FOLDER\n');
  const { writeSample } = await import('@hcdm/sample'); // faker loads only when used
  const bar = createProgressBar(err, false);
  try {
    await writeSample(folder, { onProgress: (written, total) => bar.update('writing sample', written, total, written) });
  } finally {
    bar.stop();
  }
  return importWithProgress(db, { paths: [folder] }, err);
}
