import type { DataSource } from 'typeorm';
import { dialectOf } from './dialect.chooser.js';

/** Runs the pending migrations, two programs opening one new database at once taking turns. */
export async function runMigrationsOnce(dataSource: DataSource): Promise<void> {
  await dialectOf(dataSource).runMigrations(dataSource);
}
