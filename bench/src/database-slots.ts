import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { removeDatabase } from './import.bench.js';
import type { PostgresServer } from './postgres-server.js';

/**
 * Where the benchmark's databases live, by name: SQLite files in the work folder, or databases
 * on a PostgreSQL server. A copy of a filled database is how each round starts an import into
 * a populated database without importing the base again.
 */
export interface DatabaseSlots {
  /** A new empty database of that name; its path or URL. */
  empty(name: string): string;
  /** A new database of that name holding what `base` holds now; its path or URL. */
  copy(base: string, name: string): string;
  drop(name: string): void;
}

/** SQLite files `<name>.sqlite` in `workDir`; a copy is a copy of the file (the importer closed it, its WAL folded in). */
export function sqliteSlots(workDir: string): DatabaseSlots {
  const path = (name: string) => join(workDir, `${name}.sqlite`);
  return {
    empty: (name) => {
      removeDatabase(path(name));
      return path(name);
    },
    copy: (base, name) => {
      removeDatabase(path(name));
      copyFileSync(path(base), path(name));
      if (existsSync(`${path(base)}-wal`)) copyFileSync(`${path(base)}-wal`, `${path(name)}-wal`);
      return path(name);
    },
    drop: (name) => removeDatabase(path(name)),
  };
}

/** Databases on `server`; a copy is `CREATE DATABASE ... TEMPLATE base` (a file copy on the server). */
export function postgresSlots(server: PostgresServer): DatabaseSlots {
  return {
    empty: (name) => {
      server.recreate(name);
      return server.urlOf(name);
    },
    copy: (base, name) => {
      server.recreate(name, base);
      return server.urlOf(name);
    },
    drop: (name) => server.drop(name),
  };
}
