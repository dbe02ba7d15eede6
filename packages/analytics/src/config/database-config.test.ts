import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { makeTempDir, writeFiles } from '@hcdm/test-utils';
import { describe, expect, it } from 'vitest';
import { insertFixture } from '../analytics.test-utils.js';
import { openDatabase, type OpenDatabaseOptions } from '../hcdm-database.js';
import { SCORING_CASES } from '@hcdm/test-database';

const FILE = {
  timeZone: 'Asia/Kolkata',
  defaultRegion: 'US',
  scoring: { weights: { calls: 10, sms: 10, callSeconds: 10, recency: 70 }, tiers: { hot: 90 } },
};

/** A folder holding `hcdm.config.json` (when given) beside where the database will be. */
function folder(config?: unknown): { dir: string; database: string; configFile: string } {
  const dir = makeTempDir();
  if (config !== undefined) writeFiles(dir, { 'hcdm.config.json': JSON.stringify(config) });
  return { dir, database: join(dir, 'crm.sqlite'), configFile: join(dir, 'hcdm.config.json') };
}

async function opened(options: OpenDatabaseOptions) {
  const db = await openDatabase(options);
  try {
    await insertFixture(db, SCORING_CASES);
    const top = await db.query('show top 2 leads by score');
    return { settings: db.settings, scoring: db.scoring, top: top.rows.map((row) => [row.leadId, row.score, row.tier]) };
  } finally {
    await db.close();
  }
}

describe('openDatabase with a config file', () => {
  it('reads the configFile given: zone, region and scoring', async () => {
    const { database, configFile } = folder(FILE);
    // Weights 10/10/10/70 (hand-worked in score-leads.analysis.test.ts): LC 92.6, LD 70; hot from 90.
    expect(await opened({ database, configFile })).toEqual({
      settings: { timeZone: 'Asia/Kolkata', defaultRegion: 'US', futureDays: 1, earliestYear: 1900 },
      scoring: {
        weights: { calls: 10, sms: 10, callSeconds: 10, recency: 70 },
        halfSaturation: { calls: 3, sms: 3, callSeconds: 300 },
        halfLifeDays: 14,
        tiers: { hot: 90, warm: 40 },
      },
      top: [
        ['LC', 92.6, 'hot'],
        ['LD', 70, 'warm'],
      ],
    });
  });

  it('lets explicit options override the file key by key, and an undefined option keep the file value', async () => {
    const { database, configFile } = folder(FILE);
    const scoring = { weights: { calls: 30, sms: 20, callSeconds: 20, recency: 30 } };
    const result = await opened({ database, configFile, settings: { timeZone: 'UTC', defaultRegion: undefined }, scoring });
    // Default weights again (LC 83.8, LA 55); the file's hot threshold 90 still holds, so LC is warm.
    expect([result.settings, result.scoring.tiers, result.top]).toEqual([
      { timeZone: 'UTC', defaultRegion: 'US', futureDays: 1, earliestYear: 1900 },
      { hot: 90, warm: 40 },
      [
        ['LC', 83.8, 'warm'],
        ['LA', 55, 'warm'],
      ],
    ]);
  });

  it('reads the file named by configFile wherever it is, and none without configFile', async () => {
    const elsewhere = folder(FILE);
    const named = await opened({ database: folder().database, configFile: elsewhere.configFile });
    const ignored = await opened({ database: folder(FILE).database });
    expect([named.settings.timeZone, ignored.settings.timeZone, ignored.top]).toEqual([
      'Asia/Kolkata',
      'UTC',
      [
        ['LC', 83.8, 'hot'],
        ['LA', 55, 'warm'],
      ],
    ]);
  });

  it('ignores hcdm.config.json beside the database when no configFile is given', async () => {
    const { database } = folder(FILE);
    const { settings, scoring } = await opened({ database });
    expect({ settings, scoring }).toEqual({
      settings: { timeZone: 'UTC', defaultRegion: 'IN', futureDays: 1, earliestYear: 1900 },
      scoring: {
        weights: { calls: 30, sms: 20, callSeconds: 20, recency: 30 },
        halfSaturation: { calls: 3, sms: 3, callSeconds: 300 },
        halfLifeDays: 14,
        tiers: { hot: 70, warm: 40 },
      },
    });
  });

  it('refuses a configFile that does not exist, before creating the database', async () => {
    const { database, configFile } = folder();
    await expect(openDatabase({ database, configFile })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: `${configFile}: cannot be read (ENOENT)`,
    });
    expect(existsSync(database)).toBe(false);
  });

  it('refuses a bad file in one line naming it, before creating the database', async () => {
    const { database, configFile: path } = folder({ scoring: { weights: { calls: 40 } } });
    await expect(openDatabase({ database, configFile: path })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: `${path}: scoring.weights: must add up to 100 (calls 40 + sms 20 + callSeconds 20 + recency 30 = 110)`,
    });
    expect(existsSync(database)).toBe(false);
  });

  it('refuses bad scoring options, naming them', async () => {
    await expect(openDatabase({ database: folder().database, scoring: { halfLifeDays: 0 } })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: 'options: scoring.halfLifeDays: must be a number above 0 (0)',
    });
  });

  it('refuses an unknown time zone from options as before', async () => {
    await expect(openDatabase({ database: folder().database, settings: { timeZone: 'Mars/Olympus' } })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: 'timeZone: is not an IANA time zone (Mars/Olympus)',
    });
  });
});
