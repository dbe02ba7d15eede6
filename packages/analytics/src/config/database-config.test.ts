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

describe('openDatabase with the lead statuses of a config file', () => {
  const EXPORTS = {
    'customers.csv': 'customer_id,name,phone\nC1,Asha Rao,9800000001\nC2,Bala Nair,9800000002\nC3,Chitra Das,9800000003\n',
    'listings.csv': 'property_id,title,location,price\nP1,Flat,Pune,100\n',
    'leads.csv': [
      'lead_id,customer_id,property_id,timestamp,source,status',
      'L1,C1,P1,2026-03-01T09:00:00Z,web,Enquiry',
      'L2,C2,P1,2026-03-02T09:00:00Z,web,booked',
      'L3,C3,P1,2026-03-03T09:00:00Z,agent,Dropped',
      '',
    ].join('\n'),
  };

  it('draws the funnel in the file\'s order, options overriding the file list by list', async () => {
    const { dir, database, configFile } = folder({ leadStatuses: { stages: ['Enquiry', 'Visit', 'Booked'], won: ['Booked'], lost: ['Dropped'] } });
    const db = await openDatabase({ database, configFile, leadStatuses: { lost: [] } });
    try {
      await db.import(writeFiles(join(dir, 'exports'), EXPORTS));
      const funnel = await db.query('show lead funnel');
      // 3 leads entered at Enquiry; Visit or beyond: L2 (booked); Dropped is no lost status here, so an other.
      expect(funnel.rows.map((row) => [row.status, row.kind, row.leads, row.reached])).toEqual([
        ['Enquiry', 'stage', 1, 3],
        ['Visit', 'stage', 0, 1],
        ['Booked', 'won', 1, 1],
        ['Dropped', 'other', 1, 1],
      ]);
      // web: L1, L2, of which L2 booked: 1 of 2 won.
      const sources = await db.query('show sources by conversion');
      expect(sources.rows.map((row) => [row.source, row.leads, row.won, row.conversion])).toEqual([
        ['web', 2, 1, 0.5],
        ['agent', 1, 0, 0],
      ]);
    } finally {
      await db.close();
    }
  });

  it('refuses stages that leave out the won status, naming the file, before creating the database', async () => {
    const { database, configFile: path } = folder({ leadStatuses: { stages: ['new', 'sold'] } });
    await expect(openDatabase({ database, configFile: path })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: `${path}: leadStatuses.won: must be stages: it is not one of leadStatuses.stages (closed-won)`,
    });
    expect(existsSync(database)).toBe(false);
  });
});
