import 'reflect-metadata';
import type { DataSource } from 'typeorm';
import type { HcdmDataSourceOptions } from './data-source.types.js';
import { dialectFor } from './dialect/dialect.chooser.js';

export type { HcdmDataSourceOptions } from './data-source.types.js';

/** A TypeORM DataSource over the database the string names: an SQLite file or a PostgreSQL server. */
export function createHcdmDataSource(options: HcdmDataSourceOptions): DataSource {
  return dialectFor(options.database).createDataSource(options);
}

