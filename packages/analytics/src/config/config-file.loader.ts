import { readFileSync } from 'node:fs';
import { isValidTimeZone, type HcdmSettings } from '@hcdm/core';
import { isSupportedCountry, type CountryCode } from 'libphonenumber-js';
import type { LeadStatusesOverrides, ScoringOverrides } from '@hcdm/analyses';
import { InvalidConfigError } from '@hcdm/analyses';
import { ConfigObjectReader } from '@hcdm/analyses';
import { parseScoringOverrides } from '@hcdm/analyses';
import { parseLeadStatusesOverrides } from '@hcdm/analyses';
import { parseSavedCommands, type SavedCommands } from './saved-commands.js';
import { parseColumnMapping } from './column-mapping.config.js';
import type { ColumnMapping } from '@hcdm/import';

/** The config file's usual name; the CLI reads the one beside the database. */
export const CONFIG_FILE_NAME = 'hcdm.config.json';

const FILE_KEYS = ['timeZone', 'defaultRegion', 'plausibility', 'scoring', 'commands', 'columns', 'leadStatuses'];
const PLAUSIBILITY_KEYS = ['futureDays', 'earliestYear'];

/** A config file, read and checked key by key. */
export interface HcdmConfigFile {
  readonly path: string;
  readonly settings: Partial<HcdmSettings>;
  readonly scoring: ScoringOverrides;
  /** `commands`: names for commands of the language (`hcdm run NAME`). */
  readonly commands: SavedCommands;
  /** `columns`: how this database's exports name their columns, by kind. */
  readonly columns: ColumnMapping;
  /** `leadStatuses`: the lead funnel's stage order, and which statuses are won and lost. */
  readonly leadStatuses: LeadStatusesOverrides;
}

/**
 * Reads a config file. Anything wrong with it (missing, unreadable, not JSON, an unknown key, a
 * bad value) is an InvalidConfigError naming the file and the key.
 */
export function readConfigFile(path: string): HcdmConfigFile {
  const text = readText(path);
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new InvalidConfigError(path, '', jsonProblem(error, text));
  }
  const reader = ConfigObjectReader.of(path, '', json, FILE_KEYS);
  const timeZone = reader.text('timeZone', 'must be an IANA time zone like Asia/Kolkata', isValidTimeZone);
  const region = reader.text('defaultRegion', 'must be a two-letter country code like IN or US', isSupportedCountry);
  // The limits of plausible timestamps may only be widened: a day ahead and 1900 at least.
  const plausibility = reader.child('plausibility', PLAUSIBILITY_KEYS);
  const futureDays = plausibility?.number('futureDays', { min: 1 });
  const earliestYear = plausibility?.number('earliestYear', { min: 1, max: 1900 });
  const settings: Partial<HcdmSettings> = {
    ...(timeZone !== undefined && { timeZone }),
    ...(region !== undefined && { defaultRegion: region as CountryCode }),
    ...(futureDays !== undefined && { futureDays }),
    ...(earliestYear !== undefined && { earliestYear: Math.floor(earliestYear) }),
  };
  const scoring = reader.has('scoring') ? parseScoringOverrides(path, 'scoring', reader.value('scoring')) : {};
  const commands = reader.has('commands') ? parseSavedCommands(path, reader.value('commands')) : {};
  const columns = reader.has('columns') ? parseColumnMapping(path, reader.value('columns')) : {};
  const leadStatuses = reader.has('leadStatuses') ? parseLeadStatusesOverrides(path, 'leadStatuses', reader.value('leadStatuses')) : {};
  return { path, settings, scoring, commands, columns, leadStatuses };
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InvalidConfigError(path, '', `cannot be read (${code ?? oneLine(error)})`);
  }
}

/** V8's JSON.parse message, without the copy of the text it may quote, with a line and column. */
function jsonProblem(error: unknown, text: string): string {
  const message = oneLine(error);
  const position = /at position (\d+)/.exec(message)?.[1];
  const detail = message.replace(/,? ".*" is not valid JSON$/, '').replace(/ in JSON at position \d+.*$/, '');
  if (position === undefined) return `is not valid JSON: ${detail}`;
  const before = text.replace(/^\uFEFF/, '').slice(0, Number(position)).split('\n');
  return `is not valid JSON at line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}: ${detail}`;
}

function oneLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').trim();
}
