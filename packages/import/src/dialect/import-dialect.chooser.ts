import { dialectOf, type DialectName } from '@hcdm/core';
import type { DataSource, EntityManager } from 'typeorm';
import { CITUS_IMPORT_DIALECT } from './citus/citus.import-dialect.js';
import type { ImportDialect } from './import-dialect.js';
import { POSTGRES_IMPORT_DIALECT } from './postgres/postgres.import-dialect.js';
import { SQLITE_IMPORT_DIALECT } from './sqlite/sqlite.import-dialect.js';

const IMPORT_DIALECTS: Readonly<Record<DialectName, ImportDialect>> = {
  sqlite: SQLITE_IMPORT_DIALECT,
  postgres: POSTGRES_IMPORT_DIALECT,
  citus: CITUS_IMPORT_DIALECT,
};

/** The import dialect of the manager's database. */
export function importDialectOf(manager: EntityManager | DataSource): ImportDialect {
  return IMPORT_DIALECTS[dialectOf(manager).name];
}
