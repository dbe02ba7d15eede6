import { Command, Option } from 'commander';
import { isSupportedCountry, type CountryCode } from 'libphonenumber-js';
import { InvalidValueError, isValidTimeZone, type HcdmSettings } from '@hcdm/core';

/** What every subcommand needs to open the database the user meant. */
export interface GlobalOptions {
  readonly database: string;
  /** Only what the user gave (flag or environment): the rest comes from the config file, then the defaults. */
  readonly settings: Partial<HcdmSettings>;
  /** The config file the user named (`--config`, `HCDM_CONFIG`); else the one beside the database is looked for. */
  readonly configFile: string | undefined;
}

export const DEFAULT_DATABASE = 'hcdm.sqlite';

/**
 * `--db`, `--config`, `--tz`, `--region` on the program. Commander reads program options before and after
 * the subcommand, so `hcdm --db x.sqlite query ...` and `hcdm query ... --db x.sqlite` agree.
 */
export function addGlobalOptions(program: Command): Command {
  return program
    .addOption(new Option('--db <path>', 'the SQLite database file, or a postgres://user:password@host:port/db URL').env('HCDM_DB').default(DEFAULT_DATABASE))
    .addOption(
      new Option(
        '--config <file>',
        'the config file (time zone, phone region, lead scoring), which must exist; without it, hcdm.config.json beside the database (for a postgres:// URL, in the current folder) if there is one',
      ).env('HCDM_CONFIG'),
    )
    .addOption(
      new Option('--tz <zone>', 'IANA time zone for timestamps without an offset and for whole-day periods')
        .env('HCDM_TZ')
        .default('UTC', "hcdm.config.json's timeZone, else UTC"),
    )
    .addOption(
      new Option('--region <cc>', 'country for phone numbers written without a country code')
        .env('HCDM_REGION')
        .default('IN', "hcdm.config.json's defaultRegion, else IN"),
    );
}

/** The global options as the command sees them, validated. */
export function readGlobalOptions(command: Command): GlobalOptions {
  const options = command.optsWithGlobals<{ db: string; config?: string; tz: string; region: string }>();
  if (options.db.trim() === '') throw new InvalidValueError('--db', 'needs a file path or a postgres:// URL', options.db);
  if (options.config?.trim() === '') throw new InvalidValueError('--config', 'needs a file path', options.config);
  const settings: { timeZone?: string; defaultRegion?: CountryCode } = {};
  // A built-in default passed on would hide the config file's value, so only given ones go.
  if (given(command, 'tz')) {
    if (!isValidTimeZone(options.tz)) throw new InvalidValueError('--tz', 'is not an IANA time zone like UTC or Asia/Kolkata', options.tz);
    settings.timeZone = options.tz;
  }
  if (given(command, 'region')) {
    const region = options.region.toUpperCase();
    if (!isSupportedCountry(region)) throw new InvalidValueError('--region', 'is not a two-letter country code like IN or US', options.region);
    settings.defaultRegion = region;
  }
  return { database: options.db, settings, configFile: options.config };
}

/** True when the user set the option, on the command line or in its environment variable. */
function given(command: Command, key: string): boolean {
  const source = command.getOptionValueSourceWithGlobals(key);
  return source === 'cli' || source === 'env';
}
