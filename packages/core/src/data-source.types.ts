import type { EntitySchema, MixedList } from 'typeorm';

export interface HcdmDataSourceOptions {
  /**
   * Path of the SQLite file (`:memory:` for a throwaway database), or a PostgreSQL URL
   * `postgres://user:password@host:port/db` (shown only through databaseLabel: it holds a password).
   */
  readonly database: string;
  // TypeORM's own option types, so callers can pass classes or globs as they would to DataSource.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  readonly entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  readonly migrations: MixedList<Function | string>;
  /** How long a writer waits for another writer's lock before "database is busy" (SQLite). */
  readonly busyTimeoutMs?: number;
  readonly readonly?: boolean;
}
