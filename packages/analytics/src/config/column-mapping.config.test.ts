import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeTempDir, writeFiles } from '@hcdm/test-utils';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../hcdm-database.js';

function configFile(dir: string, config: unknown): string {
  const path = join(dir, 'hcdm.config.json');
  writeFileSync(path, JSON.stringify(config));
  return path;
}

async function refusal(work: () => Promise<unknown>): Promise<string> {
  try {
    await work();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected a refusal');
}

describe('the config file\'s "columns"', () => {
  it('maps every import of the database, under the import\'s own mapping', async () => {
    const dir = makeTempDir();
    writeFiles(join(dir, 'crm'), { 'customers.csv': 'customer_id,name,phone\nC1,Asha Rao,9800000001\n' });
    writeFiles(join(dir, 'pbx'), { 'calls.csv': 'id,caller,at,secs\nK1,9800000001,2026-03-01T10:00:00Z,10\n' });
    const columns = { calls: { id: 'call_id', caller: 'phone', at: 'timestamp', secs: 'customer_id' } };
    const db = await openDatabase({ database: join(dir, 'crm.sqlite'), configFile: configFile(dir, { columns }) });
    try {
      await db.import([join(dir, 'crm')]);
      // The config maps secs wrongly; the import's own mapping wins for that column.
      const summary = await db.import([join(dir, 'pbx')], { columns: { calls: { secs: 'duration' } } });
      expect(summary.kinds.calls.inserted).toBe(1);
      expect((await db.query('show customer activity summary for C1')).rows[0]).toMatchObject({ calls: 1, callSeconds: 10 });
    } finally {
      await db.close();
    }
  });

  it('refuses a columns entry that is not kinds of column names and fields, naming the file and the key', async () => {
    const dir = makeTempDir();
    const path = configFile(dir, { columns: { calls: { caller: 7 } } });
    expect(await refusal(() => openDatabase({ database: join(dir, 'crm.sqlite'), configFile: path }))).toBe(`${path}: columns.calls.caller: must be the name of a field, like "phone" (7)`);
    const list = configFile(dir, { columns: ['calls.caller=phone'] });
    expect(await refusal(() => openDatabase({ database: join(dir, 'crm.sqlite'), configFile: list }))).toMatch(
      new RegExp(`^${list}: columns: must be an object of kinds, each an object of column names and fields`),
    );
  });
});
