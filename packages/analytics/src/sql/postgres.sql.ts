import { mapPostgresError } from '@hcdm/core';
import type { DataSource } from 'typeorm';
import type { ReadOnlySql } from './read-only-sql.js';
import { SqlError } from './sql.errors.js';
import type { SqlResult } from './sql-result.types.js';
import { sqlResultOf } from './sql-values.js';

/** SQLSTATE classes of a statement the server refused as written, not of a server or connection that failed. */
const STATEMENT_CLASSES = ['0A', '21', '22', '2F', '38', '39', '42', '54', 'P0'];
/** Lacking a privilege: a database problem as everywhere else in hcdm, not the statement's. */
const INSUFFICIENT_PRIVILEGE = '42501';
const READ_ONLY_TRANSACTION = '25006';

/** The part of node-postgres's client used here (the connection TypeORM's query runner holds). */
interface PostgresClient {
  query(query: string | { text: string; rowMode: 'array'; queryMode: 'extended' }): Promise<{ fields?: { name: string }[]; rows?: unknown[] }>;
}

/** The catalog as information_schema has it: PostgreSQL's own names of the types. */
const SCHEMA_SQL = `SELECT c.table_name AS "table", c.column_name AS "column", c.data_type AS "type", CASE WHEN c.is_nullable = 'YES' THEN 'yes' ELSE 'no' END AS "nullable"
    FROM information_schema.columns c JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
    WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
    ORDER BY c.table_name, c.ordinal_position`;

/** PostgreSQL's read-only statements: each its own READ ONLY transaction on the database's pool. */
export class PostgresReadOnlySql implements ReadOnlySql {
  constructor(
    private readonly dataSource: DataSource,
    private readonly database: string,
  ) {}

  run(text: string): Promise<SqlResult> {
    return runPostgresStatement(this.dataSource, this.database, text);
  }

  schema(): Promise<SqlResult> {
    return this.run(SCHEMA_SQL);
  }

  async close(): Promise<void> {
    // The statements borrow the database's own pool, which the database closes.
  }
}

/**
 * One statement in a READ ONLY transaction, always rolled back: the server refuses any write
 * (even one a function makes), and whatever the statement set (a SET of its own) ends with the
 * transaction. The extended protocol runs exactly one statement, so "...; COMMIT; INSERT" cannot
 * step out of the transaction.
 */
export async function runPostgresStatement(dataSource: DataSource, database: string, text: string): Promise<SqlResult> {
  const runner = dataSource.createQueryRunner();
  try {
    const client = (await runner.connect()) as PostgresClient;
    await client.query('BEGIN READ ONLY');
    try {
      const result = await client.query({ text, rowMode: 'array', queryMode: 'extended' });
      // A statement that is not a query (SET, a utility) has no fields.
      const names = (result.fields ?? []).map((field) => field.name);
      return sqlResultOf(names, (result.rows ?? []) as unknown[][]);
    } finally {
      await client.query('ROLLBACK');
    }
  } catch (error) {
    throw postgresStatementError(error, database);
  } finally {
    await runner.release();
  }
}

function postgresStatementError(error: unknown, database: string): unknown {
  const { code, message } = error as { code?: unknown; message?: unknown };
  const detail = typeof message === 'string' ? message : String(error);
  if (code === READ_ONLY_TRANSACTION) return new SqlError('read-only', detail, { cause: error });
  if (typeof code === 'string' && code !== INSUFFICIENT_PRIVILEGE && STATEMENT_CLASSES.includes(code.slice(0, 2))) {
    return new SqlError('invalid', detail, { cause: error });
  }
  return mapPostgresError(error, database);
}
