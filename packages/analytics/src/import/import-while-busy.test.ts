import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeTempDir } from '@hcdm/test-utils';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../hcdm-database.js';
import { outcomeOf, pausedIn, runChildImport, startChildImport } from './import-child.test-utils.js';
import { writeDataset, type DatasetSize } from './import-dataset.test-utils.js';
import { dumpDatabase } from '@hcdm/test-database';

const SIZE: DatasetSize = { customers: 300, listings: 30, leads: 600, calls: 6000, sms: 3000 };
const WORKER_MIN_BYTES = 100_000;

/** A database holding variant 0 of the dataset, and the folders of variants 1 and 2 (same ids, other values). */
async function setUp(): Promise<{ dir: string; database: string; exports: string[] }> {
  const dir = makeTempDir();
  const exports = [0, 1, 2].map((variant) => {
    const folder = join(dir, `v${variant}`);
    mkdirSync(folder);
    writeDataset(folder, SIZE, variant);
    return folder;
  });
  const database = join(dir, 'hcdm.sqlite');
  expect(outcomeOf(await runChildImport({ database, paths: [exports[0]!] })).error).toBe(null);
  return { dir, database, exports };
}

async function answers(database: string): Promise<unknown[]> {
  const db = await openDatabase({ database });
  try {
    return [(await db.query('show top 5 leads by call volume')).rows, (await db.query('show customer activity summary for C7')).rows];
  } finally {
    await db.close();
  }
}

describe('an import while others use the database', () => {
  it('lets a query made during the import answer from the data before it, without an error', async () => {
    const { dir, database, exports } = await setUp();
    const before = await answers(database);
    const resumeFile = join(dir, 'resume');
    const importing = startChildImport({ database, paths: [exports[1]!], workerMinBytes: WORKER_MIN_BYTES, pauseAt: { kind: 'calls', fraction: 0.5 }, resumeFile });
    await pausedIn(importing.child);
    // The customers, listings and leads of variant 1 are written, uncommitted; the calls are halfway.
    expect(await answers(database)).toEqual(before);
    writeFileSync(resumeFile, '');
    expect(outcomeOf(await importing.result).error).toBe(null);
    expect(await answers(database)).not.toEqual(before);
  }, 60_000);

  it('makes a second import wait for the first, then run: both land, as if one after the other', async () => {
    const { dir, database, exports } = await setUp();
    const sequential = join(dir, 'sequential.sqlite');
    copyFileSync(database, sequential);
    for (const folder of [exports[1]!, exports[2]!]) expect(outcomeOf(await runChildImport({ database: sequential, paths: [folder] })).error).toBe(null);
    const resumeFile = join(dir, 'resume');
    // The second waits as long as the first takes (the default).
    const first = startChildImport({ database, paths: [exports[1]!], workerMinBytes: WORKER_MIN_BYTES, pauseAt: { kind: 'sms', fraction: 0.9 }, resumeFile });
    await pausedIn(first.child);
    const second = startChildImport({ database, paths: [exports[2]!] });
    // Time for the second import to start and come to wait for the lock.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    writeFileSync(resumeFile, '');
    expect([outcomeOf(await first.result).error, outcomeOf(await second.result).error]).toEqual([null, null]);
    expect(await dumpDatabase(database)).toEqual(await dumpDatabase(sequential));
  }, 60_000);

  it('stops a second import that waited longer than its waitSeconds with a clear message, losing nothing', async () => {
    const { dir, database, exports } = await setUp();
    const firstOnly = join(dir, 'first-only.sqlite');
    copyFileSync(database, firstOnly);
    expect(outcomeOf(await runChildImport({ database: firstOnly, paths: [exports[1]!] })).error).toBe(null);
    const resumeFile = join(dir, 'resume');
    const first = startChildImport({ database, paths: [exports[1]!], pauseAt: { kind: 'leads', fraction: 0.5 }, resumeFile });
    await pausedIn(first.child);
    const second = outcomeOf(await runChildImport({ database, paths: [exports[2]!], waitSeconds: 1 }));
    writeFileSync(resumeFile, '');
    expect(second.error).toBe(`DATABASE_BUSY ${database}: is busy: another import was still writing to it after 1 s of waiting`);
    expect(outcomeOf(await first.result).error).toBe(null);
    expect(await dumpDatabase(database)).toEqual(await dumpDatabase(firstOnly));
  }, 60_000);
});
