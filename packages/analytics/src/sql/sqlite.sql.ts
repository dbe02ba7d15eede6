import { createHcdmDataSource, mapSqliteError, sqliteOf, withDatabaseErrors } from '@hcdm/core';
import { hcdmEntities, hcdmMigrations } from '@hcdm/schema';
import type { DataSource } from 'typeorm';
import type { ReadOnlySql } from './read-only-sql.js';
import { SqlError } from './sql.errors.js';
import type { SqlResult } from './sql-result.types.js';
import { sqlResultOf } from './sql-values.js';

/** SQLite's codes for SQL it cannot run as written, as opposed to a database that failed. */
const STATEMENT_CODES = ['SQLITE_ERROR', 'SQLITE_MISMATCH', 'SQLITE_RANGE', 'SQLITE_TOOBIG', 'SQLITE_AUTH'];

/** The catalog as SQLite declares it: types as written in each table's definition. */
const SCHEMA_SQL = `SELECT m.name AS "table", c.name AS "column", c.type AS "type", CASE WHEN c."notnull" = 0 THEN 'yes' ELSE 'no' END AS "nullable"
    FROM sqlite_master m JOIN pragma_table_info(m.name) c
    WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'
    ORDER BY m.name, c.cid`;

/**
 * SQLite's read-only statements: a database opened writable gets a second, read-only
 * connection, opened on first use and closed with the database (a `:memory:` database has no
 * second connection, so there the one connection is made query-only around the statement).
 */
export class SqliteReadOnlySql implements ReadOnlySql {
  private readOnlySource: DataSource | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly database: string,
    private readonly openedReadOnly: boolean,
  ) {}

  async run(text: string): Promise<SqlResult> {
    if (this.openedReadOnly) return runSqliteStatement(this.dataSource, this.database, text);
    if (this.database === ':memory:') return this.runQueryOnly(text);
    return runSqliteStatement(await withDatabaseErrors(this.database, () => this.readOnlyConnection()), this.database, text);
  }

  schema(): Promise<SqlResult> {
    return this.run(SCHEMA_SQL);
  }

  async close(): Promise<void> {
    if (this.readOnlySource?.isInitialized) await this.readOnlySource.destroy();
    this.readOnlySource = null;
  }

  private async readOnlyConnection(): Promise<DataSource> {
    if (this.readOnlySource === null) {
      const source = createHcdmDataSource({ database: this.database, entities: hcdmEntities, migrations: hcdmMigrations, readonly: true });
      await source.initialize();
      this.readOnlySource = source;
    }
    return this.readOnlySource;
  }

  private async runQueryOnly(text: string): Promise<SqlResult> {
    await this.dataSource.query('PRAGMA query_only = ON');
    try {
      return runSqliteStatement(this.dataSource, this.database, text);
    } finally {
      await this.dataSource.query('PRAGMA query_only = OFF');
    }
  }
}

/**
 * One statement on a read-only connection, through better-sqlite3 itself: it gives the column
 * names of an empty result too, and refuses a text of several statements. The connection is
 * what keeps the database unwritten; a statement SQLite says changes something anyway (a
 * temporary table, which a read-only connection allows) is refused before it runs, so the rule
 * is simply "nothing changes".
 */
export function runSqliteStatement(dataSource: DataSource, database: string, text: string): SqlResult {
  try {
    const statement = sqliteOf(dataSource.manager).prepare(text);
    // SQLite's own words for the writes the connection refuses, so every write reads the same.
    if (!statement.readonly) throw new SqlError('read-only', 'attempt to write a readonly database');
    if (!statement.reader) {
      statement.run();
      return { columns: [], rows: [] };
    }
    const names = statement.columns().map((column) => column.name);
    return sqlResultOf(names, statement.raw(true).all() as unknown[][]);
  } catch (error) {
    throw sqliteStatementError(error, database);
  }
}

function sqliteStatementError(error: unknown, database: string): unknown {
  if (error instanceof SqlError) return error;
  // better-sqlite3's own refusals of the text, before SQLite sees it.
  if (error instanceof RangeError && /more than one statement/.test(error.message)) {
    return new SqlError('invalid', 'give one statement at a time (the text holds several)', { cause: error });
  }
  if (error instanceof RangeError && /no statements/.test(error.message)) {
    return new SqlError('invalid', 'the text holds no statement', { cause: error });
  }
  const code = (error as { code?: unknown }).code;
  // Only the plain code: SQLITE_READONLY_CANTINIT and the like are a database that cannot be read.
  if (code === 'SQLITE_READONLY') return new SqlError('read-only', (error as Error).message, { cause: error });
  if (typeof code === 'string' && STATEMENT_CODES.includes(code)) return new SqlError('invalid', (error as Error).message, { cause: error });
  return mapSqliteError(error, database);
}
