import { createHcdmDataSource, databaseLabel, HcdmError, type HcdmSettings } from '@hcdm/core';
import type { DataSource, EntityManager } from 'typeorm';
import { runQuery } from '@hcdm/query';
import { refreshAttribution } from '@hcdm/attribution';
import { mergeCustomers, unmergeCustomer, type CustomerMerge } from '@hcdm/identity';
import { resolveDatabaseConfig, type DatabaseConfig } from './config/database-config.js';
import { importData } from '@hcdm/import';
import type { ColumnMapping, ImportChanges, ImportOptions, ImportSummary } from '@hcdm/import';
import { layColumnMappings } from './config/column-mapping.config.js';
import { parseCommand } from '@hcdm/query';
import type { QueryResult } from '@hcdm/query';
import { hcdmEntities, hcdmMigrations } from '@hcdm/schema';
import type { LeadStatusesConfig, LeadStatusesOverrides, ScoringConfig, ScoringOverrides } from '@hcdm/analyses';
import { filterValues, precomputedIsCurrent, rebuildPrecomputed, updatePrecomputed, updatePrecomputedOf, type FilterValues } from '@hcdm/analyses';
import { retryOnDeadlock, withDatabaseErrors } from '@hcdm/core';
import { runMigrationsOnce } from '@hcdm/core';
import { readOnlySqlOf, type ReadOnlySql } from './sql/read-only-sql.js';
import type { SqlResult } from './sql/sql-result.types.js';
import { SqlError } from './sql/sql.errors.js';
import { savedCommandNamed, type SavedCommands } from './config/saved-commands.js';

export interface OpenDatabaseOptions {
  /**
   * Path of the SQLite file, created (and migrated) when missing; or a PostgreSQL URL
   * `postgres://user:password@host:port/db` of an existing database (migrated on open).
   */
  readonly database: string;
  /** Over the config file's `timeZone` and `defaultRegion`, if one is given. */
  readonly settings?: Partial<HcdmSettings>;
  /** "now" for `in last N days` and score recency; by default the latest timestamp in the data. */
  readonly now?: Date;
  /** Opens without writing; the schema must already be up to date. */
  readonly readonly?: boolean;
  /**
   * False: the database must already be an hcdm database (its migrations table names hcdm's
   * first migration); anything else (another program's SQLite file, an empty file, an empty
   * PostgreSQL database) is refused with `NOT_AN_HCDM_DATABASE` before anything is written. By
   * default (true) a missing SQLite file is created and any database gets hcdm's tables.
   */
  readonly create?: boolean;
  /** Lead scoring, key by key over the config file's `scoring` section, if one is given. */
  readonly scoring?: ScoringOverrides;
  /** The lead funnel's stage order and won and lost statuses, list by list over the config file's `leadStatuses`. */
  readonly leadStatuses?: LeadStatusesOverrides;
  /**
   * A config file to read (the format of `hcdm.config.json`); none is read unless given. A
   * given file that is missing, unreadable or wrong is an InvalidConfigError naming it.
   */
  readonly configFile?: string;
}

/** An open hcdm database: commands in, QueryResults out. Get one from {@link openDatabase}. */
export class HcdmDatabase {
  readonly settings: HcdmSettings;
  /** How lead scores are computed: the defaults, then the config file, then the options. */
  readonly scoring: ScoringConfig;
  /** The config file's `commands` (`runSaved`). */
  readonly savedCommands: SavedCommands;
  /** How this database's exports name their columns (the config file's `columns`), under every import's own. */
  readonly importColumns: ColumnMapping;
  /** The lead funnel's stage order and won and lost statuses: the defaults, then the config file, then the options. */
  readonly leadStatuses: LeadStatusesConfig;
  private readonly configFile: string | null;
  private readonly now: Date | undefined;
  private readonly readOnlySql: ReadOnlySql;
  private readonly readonly: boolean;

  /** `opened.readonly`: opened so; `sql` then needs no connection of its own on SQLite. */
  constructor(
    readonly dataSource: DataSource,
    private readonly database: string,
    config: DatabaseConfig,
    opened: { readonly now?: Date; readonly readonly: boolean },
  ) {
    this.settings = config.settings;
    this.scoring = config.scoring;
    this.savedCommands = config.commands;
    this.importColumns = config.columns;
    this.leadStatuses = config.leadStatuses;
    this.configFile = config.configFile;
    this.now = opened.now;
    this.readOnlySql = readOnlySqlOf(dataSource, database, opened.readonly);
    this.readonly = opened.readonly;
  }

  /** Runs one command of the language (`help` lists them). */
  async query(text: string): Promise<QueryResult> {
    const query = parseCommand(text);
    const options = { settings: this.settings, now: this.now, scoring: this.scoring, leadStatuses: this.leadStatuses };
    return withDatabaseErrors(this.database, async () => {
      // Data written by another program (importData over its own DataSource) or an older hcdm: precompute once, here.
      if (query.kind !== 'help') await this.precompute();
      return runQuery(this.dataSource.manager, query, options);
    });
  }

  /**
   * Runs the config file's saved command `name` (its `commands`) as `query` runs any command;
   * a name that is not saved is a NotFoundError listing those that are.
   */
  async runSaved(name: string): Promise<QueryResult> {
    return this.query(savedCommandNamed(this.savedCommands, name, this.configFile));
  }

  /**
   * Imports files or folders with the rules of `hcdm import` (all or nothing unless
   * `skipInvalid`), reading them with this database's settings.
   */
  async import(paths: readonly string[], options: Omit<ImportOptions, 'settings'> = {}): Promise<ImportSummary> {
    const columns = layColumnMappings(this.importColumns, options.columns);
    return withDatabaseErrors(this.database, async () => {
      // The precomputed figures follow the import's changes in its own transaction.
      const onChanged = this.readonly ? undefined : (manager: EntityManager, changes: ImportChanges) => updatePrecomputed(manager, { scoring: this.scoring }, changes);
      // All in one transaction, the files read again by a second run: one the server cancelled to end a deadlock is run again.
      return retryOnDeadlock(() => importData(this.dataSource, paths, { ...options, columns, settings: this.settings, ...(onChanged === undefined ? {} : { onChanged }) }));
    });
  }

  /**
   * Merges customer `from` into `into` (`hcdm merge C002 into C001`): from's leads, calls and
   * SMS move to into, from is kept as an alias of into (a command that names it answers for
   * into), and both are attributed again; all in one transaction. Answers how many of each
   * moved. An unknown id is NOT_FOUND; into itself, an id already merged, or into an alias is
   * INVALID_INPUT: HcdmErrors with one-line messages.
   */
  async merge(from: string, into: string): Promise<CustomerMerge> {
    return withDatabaseErrors(this.database, async () => {
      return retryOnDeadlock(() =>
        this.dataSource.transaction(async (manager) => {
          const merged = await mergeCustomers(manager, from, into, refreshAttribution);
          await updatePrecomputedOf(manager, { scoring: this.scoring }, [merged.alias, merged.customerId]);
          return merged;
        }),
      );
    });
  }

  /**
   * Undoes the merge of `alias` (`hcdm unmerge C002`): exactly what was there before it, the
   * customer and the records its merge moved. An unknown id is NOT_FOUND; a customer never
   * merged is INVALID_INPUT.
   */
  async unmerge(alias: string): Promise<CustomerMerge> {
    return withDatabaseErrors(this.database, async () => {
      return retryOnDeadlock(() =>
        this.dataSource.transaction(async (manager) => {
          const unmerged = await unmergeCustomer(manager, alias, refreshAttribution);
          await updatePrecomputedOf(manager, { scoring: this.scoring }, [unmerged.alias, unmerged.customerId]);
          return unmerged;
        }),
      );
    });
  }

  /**
   * Rebuilds what the analyses precompute (`rebuildPrecomputed` of `@hcdm/analyses`) when the
   * data changed since it was built by a writer that did not update it (another program's, an
   * older hcdm's): this database's own imports, merges and unmerges update it as they write. A
   * read-only database keeps it as it is, and its analyses then compute from scratch whatever is
   * stale.
   */
  private async precompute(): Promise<void> {
    if (this.readonly || (await precomputedIsCurrent(this.dataSource.manager))) return;
    await retryOnDeadlock(() => rebuildPrecomputed(this.dataSource.manager, { scoring: this.scoring }));
  }

  /**
   * Runs one SQL statement read-only, whatever this database was opened as: a statement that
   * would write is refused with a SqlError (reason `read-only`), as is SQL the engine cannot run
   * (reason `invalid`). The columns come back even when no row does.
   */
  async sql(text: string): Promise<SqlResult> {
    if (text.trim() === '') throw new SqlError('invalid', 'the text holds no statement');
    return this.readOnlySql.run(text);
  }

  /** Every table's columns, one row each: `table`, `column`, `type`, `nullable` (`yes`/`no`). */
  async sqlSchema(): Promise<SqlResult> {
    return this.readOnlySql.schema();
  }

  /**
   * Every value a ranking's filter can take (`for source X`, `for location L`, `for agent A`),
   * as stored, each dimension in code-unit order: what a form offers to choose from.
   */
  async filterValues(): Promise<FilterValues> {
    return withDatabaseErrors(this.database, () => filterValues(this.dataSource.manager));
  }

  /** True when nothing has been imported yet. */
  async isEmpty(): Promise<boolean> {
    return withDatabaseErrors(this.database, async () => {
      for (const entity of hcdmEntities) {
        if (await this.dataSource.manager.getRepository(entity).exists()) return false;
      }
      return true;
    });
  }

  /** Closes the connection; calling it again does nothing. */
  async close(): Promise<void> {
    await this.readOnlySql.close();
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}

/**
 * Opens (creating if missing) an hcdm database and brings its schema up to date. The config
 * file, when one is given, is read first, so a bad one is refused before anything is written.
 */
export async function openDatabase(options: OpenDatabaseOptions): Promise<HcdmDatabase> {
  const config = resolveDatabaseConfig(options);
  const { database } = options;
  const readonly = options.readonly ?? false;
  if (options.create === false) await assertHcdmDatabase(database);
  const dataSource = createHcdmDataSource({ database, entities: hcdmEntities, migrations: hcdmMigrations, readonly });
  try {
    await withDatabaseErrors(database, async () => {
      await dataSource.initialize();
      if (!readonly) await runMigrationsOnce(dataSource);
      else if (await dataSource.showMigrations()) {
        throw new HcdmError('DATABASE_READ_ONLY', `${databaseLabel(database)}: its schema is out of date; open it once without readonly`);
      }
    });
  } catch (error) {
    if (dataSource.isInitialized) await dataSource.destroy();
    throw error;
  }
  return new HcdmDatabase(dataSource, database, config, { now: options.now, readonly });
}

/** The first migration hcdm runs on a database: its row in `migrations` marks the database as hcdm's. */
const FIRST_MIGRATION = hcdmMigrations[0]!.name;

/**
 * Refuses a database that hcdm did not make, looking through a read-only connection (so not
 * even SQLite's WAL switch touches the file): it must have TypeORM's `migrations` table with
 * hcdm's first migration in it.
 */
async function assertHcdmDatabase(database: string): Promise<void> {
  const probe = createHcdmDataSource({ database, entities: hcdmEntities, migrations: hcdmMigrations, readonly: true });
  await withDatabaseErrors(database, async () => {
    await probe.initialize();
    try {
      const runner = probe.createQueryRunner();
      const ours =
        (await runner.hasTable('migrations')) &&
        (await probe.createQueryBuilder().select('m.name', 'name').from('migrations', 'm').where('m.name = :name', { name: FIRST_MIGRATION }).getRawOne()) !== undefined;
      await runner.release();
      if (!ours) throw new HcdmError('NOT_AN_HCDM_DATABASE', `${databaseLabel(database)}: is not an hcdm database`);
    } finally {
      await probe.destroy();
    }
  });
}
