import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { makeTempDir, writeFiles } from '@hcdm/test-utils';
import { describe, expect, it } from 'vitest';
import { InvalidConfigError } from '@hcdm/analyses';
import { readConfigFile } from './config-file.loader.js';

function configFile(content: string): string {
  const [path] = writeFiles(makeTempDir(), { 'hcdm.config.json': content });
  return path ?? '';
}

function rejection(path: string): unknown {
  try {
    readConfigFile(path);
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

describe('readConfigFile', () => {
  it('reads the time zone, the region and the scoring section', () => {
    const path = configFile(
      JSON.stringify({
        timeZone: 'Asia/Kolkata',
        defaultRegion: 'US',
        scoring: {
          weights: { calls: 40, sms: 10, callSeconds: 20, recency: 30 },
          halfSaturation: { calls: 2, callSeconds: 600 },
          halfLifeDays: 7,
          tiers: { hot: 75.5, warm: 45 },
        },
      }),
    );
    expect(readConfigFile(path)).toEqual({
      path,
      settings: { timeZone: 'Asia/Kolkata', defaultRegion: 'US' },
      scoring: {
        weights: { calls: 40, sms: 10, callSeconds: 20, recency: 30 },
        halfSaturation: { calls: 2, callSeconds: 600 },
        halfLifeDays: 7,
        tiers: { hot: 75.5, warm: 45 },
      },
      commands: {},
      columns: {},
      leadStatuses: {},
    });
  });

  it('reads the lead statuses section as written, trimmed; how its lists fit together is checked on open', () => {
    const path = configFile(JSON.stringify({ leadStatuses: { stages: ['Enquiry', ' Visit ', 'Booked'], won: ['Booked'], lost: [] } }));
    expect(readConfigFile(path).leadStatuses).toEqual({ stages: ['Enquiry', 'Visit', 'Booked'], won: ['Booked'], lost: [] });
  });

  it('reads wider limits for plausible timestamps, and refuses narrower ones', () => {
    const wide = configFile(JSON.stringify({ plausibility: { futureDays: 3650, earliestYear: 1800 } }));
    expect(readConfigFile(wide).settings).toEqual({ futureDays: 3650, earliestYear: 1800 });
    const narrow = configFile(JSON.stringify({ plausibility: { earliestYear: 2000 } }));
    expect(rejection(narrow)).toMatchObject({ message: expect.stringContaining('plausibility.earliestYear') });
  });

  it('answers an empty config for {} (with a byte order mark)', () => {
    const path = configFile('\uFEFF{}');
    expect(readConfigFile(path)).toEqual({ path, settings: {}, scoring: {}, commands: {}, columns: {}, leadStatuses: {} });
  });

  it('says a config file that does not exist cannot be read', () => {
    const path = join(makeTempDir(), 'hcdm.config.json');
    expect(rejection(path)).toMatchObject({ code: 'INVALID_INPUT', message: `${path}: cannot be read (ENOENT)` });
  });

  it.each([
    ['{"timeZone": "UTC",}', 'is not valid JSON at line 1, column 20: Expected double-quoted property name'],
    ['{\n  "timeZone":\n}', "is not valid JSON: Unexpected token '}'"],
    ['', 'is not valid JSON: Unexpected end of JSON input'],
    ['[1, 2]', 'must be an object ([1,2])'],
    ['{"timezone": "UTC"}', 'timezone: is not a setting; known: timeZone, defaultRegion, plausibility, scoring, commands, columns, leadStatuses'],
    ['{"timeZone": "Mars/Olympus"}', 'timeZone: must be an IANA time zone like Asia/Kolkata (Mars/Olympus)'],
    ['{"defaultRegion": "XX"}', 'defaultRegion: must be a two-letter country code like IN or US (XX)'],
    ['{"defaultRegion": 91}', 'defaultRegion: must be a two-letter country code like IN or US (91)'],
    ['{"scoring": 5}', 'scoring: must be an object (5)'],
    ['{"scoring": {"weight": {}}}', 'scoring.weight: is not a setting; known: weights, halfSaturation, halfLifeDays, tiers'],
    ['{"scoring": {"weights": {"talk": 20}}}', 'scoring.weights.talk: is not a setting; known: calls, sms, callSeconds, recency'],
    ['{"scoring": {"weights": {"calls": -5}}}', 'scoring.weights.calls: must be a number at least 0 (-5)'],
    ['{"scoring": {"weights": {"sms": "20"}}}', 'scoring.weights.sms: must be a number at least 0 ("20")'],
    ['{"scoring": {"weights": {"sms": 20.25}}}', 'scoring.weights.sms: must have at most one decimal (20.25)'],
    ['{"scoring": {"halfSaturation": {"calls": 0}}}', 'scoring.halfSaturation.calls: must be a number above 0 (0)'],
    ['{"scoring": {"halfSaturation": {"recency": 3}}}', 'scoring.halfSaturation.recency: is not a setting; known: calls, sms, callSeconds'],
    ['{"scoring": {"halfLifeDays": -1}}', 'scoring.halfLifeDays: must be a number above 0 (-1)'],
    ['{"scoring": {"tiers": {"hot": 120}}}', 'scoring.tiers.hot: must be a number at least 0 and at most 100 (120)'],
    ['{"scoring": {"tiers": {"lukewarm": 20}}}', 'scoring.tiers.lukewarm: is not a setting; known: hot, warm'],
    ['{"leadStatuses": {"order": ["new"]}}', 'leadStatuses.order: is not a setting; known: stages, won, lost'],
    ['{"leadStatuses": {"won": "closed-won"}}', 'leadStatuses.won: must be a list of one or more statuses, like ["new", "contacted"] (closed-won)'],
    ['{"leadStatuses": {"lost": [""]}}', 'leadStatuses.lost[0]: must be a status: text of 1 to 200 characters (empty)'],
  ])('rejects %s naming the file, the key and the reason', (content, reason) => {
    const path = configFile(content);
    const error = rejection(path);
    expect(error).toBeInstanceOf(InvalidConfigError);
    expect(error).toMatchObject({ code: 'INVALID_INPUT', source: path });
    expect((error as Error).message).toBe(`${path}: ${reason}`);
  });

  it('says a config path that is a folder cannot be read', () => {
    const path = join(makeTempDir(), 'hcdm.config.json');
    mkdirSync(path);
    expect(rejection(path)).toMatchObject({ code: 'INVALID_INPUT', message: `${path}: cannot be read (EISDIR)` });
  });
});
