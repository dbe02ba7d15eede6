import { createWriteStream, mkdirSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { makeTempDir } from '@hcdm/test-utils';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../hcdm-database.js';
import { outcomeOf, runChildImport } from './import-child.test-utils.js';
import { writeDataset } from './import-dataset.test-utils.js';

/** The limit on an import's peak memory, whatever the size of its files. */
const RSS_LIMIT_MB = 200;

/** Calls of customers C1..C200, one per line; line `badLine` (the header is line 1) has a negative duration. */
async function writeCalls(path: string, rows: number, badLine: number): Promise<void> {
  const out = createWriteStream(path);
  out.write('call_id,customer_id,timestamp,duration,direction,status,property_id\n');
  for (let index = 1; index <= rows; index += 1) {
    const duration = index + 1 === badLine ? -5 : index % 900;
    const line = `K${index},C${1 + (index % 200)},2026-03-${String(1 + (index % 28)).padStart(2, '0')}T10:00:00+05:30,${duration},inbound,answered,\n`;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

describe('a large file with a bad row near its end', () => {
  it('writes nothing, names the line, and keeps memory bounded (the 5M-row file is in pnpm bench)', async () => {
    const dir = makeTempDir();
    const base = join(dir, 'base');
    mkdirSync(base);
    writeDataset(base, { customers: 200, listings: 20, leads: 400, calls: 0, sms: 0 });
    const database = join(dir, 'hcdm.sqlite');
    expect(outcomeOf(await runChildImport({ database, paths: [base] })).error).toBe(null);
    const rows = 400_000;
    const calls = join(dir, 'calls.csv');
    await writeCalls(calls, rows, rows - 5);
    const outcome = outcomeOf(await runChildImport({ database, paths: [calls] }));
    expect(outcome.error).toBe(`IMPORT_REJECTED ${calls}:${rows - 5}: duration: is negative (-5)`);
    expect(outcome.rssMb).toBeLessThanOrEqual(RSS_LIMIT_MB);
    const db = await openDatabase({ database });
    expect(await db.dataSource.query('SELECT COUNT(*) AS calls FROM calls')).toEqual([{ calls: 0 }]);
    await db.close();
  }, 60_000);
});
