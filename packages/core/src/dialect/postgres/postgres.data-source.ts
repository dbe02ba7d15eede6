import { createRequire } from 'node:module';
import { DataSource } from 'typeorm';
import { HcdmError } from '../../core.errors.js';
import { databaseLabel } from '../../database-url.js';
import type { HcdmDataSourceOptions } from '../../data-source.types.js';
import { slowQueryLogging } from '../../slow-query.logging.js';
import { detectCitus } from '../citus/citus.detection.js';

const require = createRequire(import.meta.url);

/** PostgreSQL's bigint (int8): hcdm's instants and every COUNT(*). */
const INT8_OID = 20;

/**
 * Over node-postgres, handed to TypeORM (loaded only for a server database, and resolved from
 * here rather than from TypeORM's folder). bigint comes back as a number, as from SQLite (epoch
 * milliseconds and counts stay far below 2^53), through this pool's own type parsers, so no
 * other user of `pg` in the process is affected. Read-only sessions are the server's own
 * `default_transaction_read_only`, added to the URL's `options`. TypeORM logs nothing: its messages could hold the URL.
 */
export function createPostgresDataSource(options: HcdmDataSourceOptions): DataSource {
  assertPostgresUrl(options.database.trim());
  const pg = require('pg') as typeof import('pg');
  const types = {
    getTypeParser: (oid: number, format?: 'text' | 'binary') =>
      oid === INT8_OID && format !== 'binary' ? Number : pg.types.getTypeParser(oid, format),
  };
  const url = options.database.trim();
  return new PostgresDataSource({
    type: 'postgres',
    // node-postgres lets the URL's own `options` (a search_path, say) replace the ones given
    // beside it, so a read-only session's setting joins them in the URL.
    url: options.readonly ? withSessionSetting(url, '-c default_transaction_read_only=on') : url,
    driver: pg,
    entities: options.entities,
    migrations: options.migrations,
    migrationsRun: false,
    synchronize: false,
    logging: false,
    ...slowQueryLogging(),
    // How the server lists hcdm's sessions (pg_stat_activity): the URL's own application_name, as libpq reads it, or 'hcdm'.
    applicationName: new URL(url).searchParams.get('application_name') ?? 'hcdm',
    connectTimeoutMS: 10_000,
    extra: { types },
  });
}

/** The URL with `setting` added to the session settings of its `options` parameter. */
function withSessionSetting(url: string, setting: string): string {
  const parsed = new URL(url);
  const options = parsed.searchParams.get('options')?.trim();
  parsed.searchParams.set('options', options ? `${options} ${setting}` : setting);
  return parsed.toString();
}

/** Finds out on connecting whether the server is a Citus coordinator (dialectOf answers by it). */
class PostgresDataSource extends DataSource {
  override async initialize(): Promise<this> {
    await super.initialize();
    await detectCitus(this);
    return this;
  }
}

/**
 * Refuses a URL node-postgres could not read, naming what is wrong, before a driver turns it
 * into "Invalid URL" with no name.
 */
function assertPostgresUrl(url: string): void {
  if (URL.canParse(url)) return;
  const port = /^[^:]+:\/\/(?:[^@/]*@)?(?:\[[^\]]*\]|[^:/?#[]*):([^/?#]*)/.exec(url)?.[1];
  const why = port !== undefined && !/^\d{1,5}$/.test(port) ? `its port is not a number (${port})` : 'it cannot be read as a URL';
  throw new HcdmError('DATABASE_UNAVAILABLE', `${databaseLabel(url)}: is not a PostgreSQL URL like postgres://user@host:5432/database: ${why}`);
}

