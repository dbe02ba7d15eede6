import { DEFAULT_SETTINGS, InvalidValueError, isValidTimeZone, type HcdmSettings } from '@hcdm/core';
import type { LeadStatusesConfig, LeadStatusesOverrides, ScoringConfig, ScoringOverrides } from '@hcdm/analyses';
import { readConfigFile } from './config-file.loader.js';
import { resolveLeadStatusesConfig, resolveScoringConfig } from '@hcdm/analyses';
import type { SavedCommands } from './saved-commands.js';
import type { ColumnMapping } from '@hcdm/import';

export interface DatabaseConfigOptions {
  readonly database: string;
  readonly settings?: Partial<HcdmSettings>;
  readonly scoring?: ScoringOverrides;
  readonly leadStatuses?: LeadStatusesOverrides;
  /** The config file to read; none when not given. */
  readonly configFile?: string;
}

/** What a database runs with: the defaults, then its config file, then the caller's options. */
export interface DatabaseConfig {
  readonly settings: HcdmSettings;
  readonly scoring: ScoringConfig;
  /** The config file's saved commands; none without one. */
  readonly commands: SavedCommands;
  /** The config file that was read; null when there was none. */
  readonly configFile: string | null;
  /** The config file's column mapping for imports; none without one. */
  readonly columns: ColumnMapping;
  /** The lead funnel's stage order and won and lost statuses: the defaults, then the file, then the options. */
  readonly leadStatuses: LeadStatusesConfig;
}

/** Lays the config file (when there is one) over the defaults and the explicit options over both. */
export function resolveDatabaseConfig(options: DatabaseConfigOptions): DatabaseConfig {
  const file = options.configFile === undefined ? null : readConfigFile(options.configFile);
  const settings = { ...DEFAULT_SETTINGS, ...file?.settings, ...definedOnly(options.settings) };
  if (!isValidTimeZone(settings.timeZone)) {
    throw new InvalidValueError('timeZone', 'is not an IANA time zone', settings.timeZone);
  }
  const scoring = resolveScoringConfig([
    { source: file?.path ?? 'defaults', scoring: file?.scoring },
    { source: 'options', scoring: options.scoring },
  ]);
  const leadStatuses = resolveLeadStatusesConfig([
    { source: file?.path ?? 'defaults', leadStatuses: file?.leadStatuses },
    { source: 'options', leadStatuses: options.leadStatuses },
  ]);
  return { settings, scoring, commands: file?.commands ?? {}, configFile: file?.path ?? null, columns: file?.columns ?? {}, leadStatuses };
}

/**
 * The saved commands of a config file (none without one), read and checked as openDatabase
 * would, for a caller that lists them without opening a database (`hcdm run`).
 */
export function readSavedCommands(configFile: string | undefined): SavedCommands {
  return configFile === undefined ? {} : readConfigFile(configFile).commands;
}

/** An option left undefined keeps the file's value rather than erasing it. */
function definedOnly<T extends object>(values: T | undefined): Partial<T> {
  return Object.fromEntries(Object.entries(values ?? {}).filter(([, value]) => value !== undefined)) as Partial<T>;
}
