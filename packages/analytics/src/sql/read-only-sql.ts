import { createHcdmDataSource, isServerDatabase, withDatabaseErrors } from '@hcdm/core';
import { hcdmEntities, hcdmMigrations } from '@hcdm/schema';
import type { DataSource } from 'typeorm';
import { runPostgresStatement } from './postgres.sql.js';
import { SqlError } from './sql.errors.js';
import type { SqlResult } from './sql-result.types.js';
import { runSqliteStatement } from './sqlite.sql.js';

/**
 * Where `db.sql` runs its statements, read-only whatever the database was opened as: on
 * PostgreSQL every statement is its own READ ONLY transaction on the database's pool; on
 * SQLite a database opened writable gets a second, read-only connection, opened on first use
 * and closed with the database (a `:memory:` database has no second connection, so there the
 * one connection is made query-only around the statement).
 */
export class ReadOnlySql {
  private readOnlySource: DataSource | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly database: string,
    private readonly openedReadOnly: boolean,
  ) {}

  async run(text: string): Promise<SqlResult> {
    if (text.trim() === '') throw new SqlError('invalid', 'the text holds no statement');
    if (isServerDatabase(this.database)) return runPostgresStatement(this.dataSource, this.database, text);
    if (this.openedReadOnly) return runSqliteStatement(this.dataSource, this.database, text);
    if (this.database === ':memory:') return this.runQueryOnly(text);
    return runSqliteStatement(await withDatabaseErrors(this.database, () => this.readOnlyConnection()), this.database, text);
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
