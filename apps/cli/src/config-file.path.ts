import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CONFIG_FILE_NAME } from '@hcdm/analytics';
import { isServerDatabase } from '@hcdm/core';

/**
 * Where the CLI looks for the config file of a database: beside it; in the current folder for
 * a PostgreSQL database (it has no folder); null for an in-memory database.
 */
export function configFileBeside(database: string): string | null {
  if (database === ':memory:' || database === '') return null;
  return isServerDatabase(database) ? join(process.cwd(), CONFIG_FILE_NAME) : join(dirname(database), CONFIG_FILE_NAME);
}

/**
 * The config file the database opens with: the one the user named (`--config`, `HCDM_CONFIG`),
 * which must exist; else `hcdm.config.json` beside the database when there is one; else none.
 */
export function configFileFor(database: string, given: string | undefined): string | undefined {
  if (given !== undefined) return given;
  const beside = configFileBeside(database);
  return beside !== null && existsSync(beside) ? beside : undefined;
}
