import { join } from 'node:path';
import { makeTempDir, writeFiles } from '@hcdm/test-utils';
import { describe, expect, it } from 'vitest';
import { InvalidConfigError } from '@hcdm/analyses';
import { insertFixture } from '../analytics.test-utils.js';
import { openDatabase } from '../hcdm-database.js';
import { readConfigFile } from './config-file.loader.js';
import { readSavedCommands } from './database-config.js';

function configFile(commands: unknown): string {
  const [path] = writeFiles(makeTempDir(), { 'hcdm.config.json': JSON.stringify({ commands }) });
  return path ?? '';
}

function rejection(work: () => unknown): InvalidConfigError {
  try {
    work();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidConfigError);
    return error as InvalidConfigError;
  }
  throw new Error('expected an InvalidConfigError');
}

describe('the config file\'s "commands"', () => {
  it('reads names and their commands, trimmed', () => {
    const path = configFile({ weekly: ' show top 10 leads by score in last 7 days ', 'missed-today': 'show unreturned missed calls in last 1 days' });
    expect(readConfigFile(path).commands).toEqual({
      weekly: 'show top 10 leads by score in last 7 days',
      'missed-today': 'show unreturned missed calls in last 1 days',
    });
    expect(readSavedCommands(path)).toEqual(readConfigFile(path).commands);
    expect(readSavedCommands(undefined)).toEqual({});
  });

  it('refuses a command the language does not read, naming the file and the key', () => {
    const path = configFile({ weekly: 'show top 10 leads by score in last 7 days', broken: 'show top leeds' });
    const error = rejection(() => readConfigFile(path));
    expect(error.key).toBe('commands.broken');
    expect(error.message).toMatch(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: commands\\.broken: is not a command: unknown command "show top leeds"`));
  });

  it('refuses a text that is not a string, an empty one, a name of two words, and commands that are not an object', () => {
    expect(rejection(() => readConfigFile(configFile({ weekly: 7 }))).message).toMatch(/: commands\.weekly: must be a command, like "show hot leads" \(7\)$/);
    expect(rejection(() => readConfigFile(configFile({ weekly: '  ' }))).key).toBe('commands.weekly');
    expect(rejection(() => readConfigFile(configFile({ 'every week': 'show hot leads' }))).message).toMatch(/: commands\.every week: must be named by one word/);
    expect(rejection(() => readConfigFile(configFile(['show hot leads']))).key).toBe('commands');
  });
});

describe('HcdmDatabase.runSaved', () => {
  it('runs the saved command as query would, and names the saved ones for a name that is not', async () => {
    const dir = makeTempDir();
    const path = configFile({ calls: 'show top 1 leads by call volume', hot: 'show hot leads' });
    const db = await openDatabase({ database: join(dir, 'hcdm.sqlite'), configFile: path });
    // L2 has two calls, L1 one: the top lead by call volume is L2.
    await insertFixture(db, {
      customers: [['C1', 'Asha Rao', '+919800000001']],
      listings: [['P1', 'Flat', 'Pune', 5000000]],
      leads: [
        ['L1', 'C1', 'P1', '2026-03-01T09:00:00Z'],
        ['L2', 'C1', 'P1', '2026-03-05T09:00:00Z'],
      ],
      calls: [
        ['K1', 'C1', '2026-03-02T10:00:00Z', 60],
        ['K2', 'C1', '2026-03-06T10:00:00Z', 60],
        ['K3', 'C1', '2026-03-07T10:00:00Z', 60],
      ],
    });
    const saved = await db.runSaved('calls');
    const unknown = await db.runSaved('weekly').catch((error: unknown) => error);
    await db.close();
    expect([saved.command, saved.rows.map((row) => [row.leadId, row.callCount])]).toEqual(['show top 1 leads by call volume', [['L2', 2]]]);
    expect(unknown).toMatchObject({ code: 'NOT_FOUND', message: `no saved command "weekly" in ${path} (saved: calls, hot)` });
  });

  it('says there is no config file when none was given', async () => {
    const db = await openDatabase({ database: join(makeTempDir(), 'hcdm.sqlite') });
    const unknown = await db.runSaved('weekly').catch((error: unknown) => error);
    await db.close();
    expect(unknown).toMatchObject({ code: 'NOT_FOUND', message: expect.stringMatching(/^no saved command "weekly": there is no config file/) });
  });
});
