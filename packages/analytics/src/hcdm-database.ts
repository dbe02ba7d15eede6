import {
  createHcdmDataSource,
  DEFAULT_SETTINGS,
  HcdmError,
  InvalidValueError,
  isValidTimeZone,
  type HcdmSettings,
} from '@hcdm/core';
import type { DataSource } from 'typeorm';
import { runQuery } from './commands/query.runner.js';
import { importData } from './import/import-data.js';
import type { ImportOptions, ImportSummary } from './import/import.types.js';
import { parseCommand } from './commands/command.parser.js';
import type { QueryResult } from './query-result.types.js';
import { hcdmEntities, hcdmMigrations } from './schema.js';
import { withSqliteErrors } from './sqlite-errors.js';

export interface OpenDatabaseOptions {
  /** Path of the SQLite file; created (and migrated) when missing. */
  readonly database: string;
  readonly settings?: Partial<HcdmSettings>;
  /** "now" for `in last N days`; by default the latest timestamp in the data. */
  readonly now?: Date;
  /** Opens without writing; the schema must already be up to date. */
  readonly readonly?: boolean;
}

/** An open hcdm database: commands in, QueryResults out. Get one from {@link openDatabase}. */
export class HcdmDatabase {
  constructor(
    readonly dataSource: DataSource,
    readonly settings: HcdmSettings,
    private readonly database: string,
    private readonly now: Date | undefined,
  ) {}

  /** Runs one command of the language (`help` lists them). */
  async query(text: string): Promise<QueryResult> {
    const query = parseCommand(text);
    const options = { settings: this.settings, now: this.now };
    return withSqliteErrors(this.database, () => runQuery(this.dataSource.manager, query, options));
  }

  /**
   * Imports files or folders with the rules of `hcdm import` (all or nothing unless
   * `skipInvalid`), reading them with this database's settings.
   */
  async import(paths: readonly string[], options: Omit<ImportOptions, 'settings'> = {}): Promise<ImportSummary> {
    return withSqliteErrors(this.database, () => importData(this.dataSource, paths, { ...options, settings: this.settings }));
  }

  /** True when nothing has been imported yet. */
  async isEmpty(): Promise<boolean> {
    return withSqliteErrors(this.database, async () => {
      for (const entity of hcdmEntities) {
        if (await this.dataSource.manager.getRepository(entity).exists()) return false;
      }
      return true;
    });
  }

  /** Closes the connection; calling it again does nothing. */
  async close(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}

/** Opens (creating if missing) an hcdm database and brings its schema up to date. */
export async function openDatabase(options: OpenDatabaseOptions): Promise<HcdmDatabase> {
  const settings = resolveSettings(options.settings);
  const { database } = options;
  const readonly = options.readonly ?? false;
  const dataSource = createHcdmDataSource({ database, entities: hcdmEntities, migrations: hcdmMigrations, readonly });
  try {
    await withSqliteErrors(database, async () => {
      await dataSource.initialize();
      if (!readonly) await dataSource.runMigrations({ transaction: 'all' });
      else if (await dataSource.showMigrations()) {
        throw new HcdmError('DATABASE_READ_ONLY', `${database}: its schema is out of date; open it once without readonly`);
      }
    });
  } catch (error) {
    if (dataSource.isInitialized) await dataSource.destroy();
    throw error;
  }
  return new HcdmDatabase(dataSource, settings, database, options.now);
}

function resolveSettings(overrides: Partial<HcdmSettings> | undefined): HcdmSettings {
  const settings = { ...DEFAULT_SETTINGS, ...overrides };
  if (!isValidTimeZone(settings.timeZone)) {
    throw new InvalidValueError('timeZone', 'is not an IANA time zone', settings.timeZone);
  }
  return settings;
}
