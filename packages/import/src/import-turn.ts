import { databaseLabel, HcdmError } from '@hcdm/core';
import type { EntityManager } from 'typeorm';
import { importDialectOf } from './dialect/import-dialect.chooser.js';

export interface ImportTurnOptions {
  /** How long to wait for another import to finish; undefined: as long as it takes. */
  readonly waitSeconds?: number;
  /** Called once, when another import is found writing, before this one waits for it. */
  readonly onWaiting?: () => void;
}

/**
 * Takes this import's turn to write, as the transaction's first statement: at once when no
 * other import writes; else it says so (onWaiting) and waits for the other to commit, up to
 * waitSeconds, then gives up with DATABASE_BUSY naming how long it waited. Queries never wait:
 * they read the last commit (SQLite's WAL, PostgreSQL's MVCC).
 */
export async function claimImportTurn(manager: EntityManager, options: ImportTurnOptions): Promise<void> {
  const waitMs = options.waitSeconds === undefined ? undefined : options.waitSeconds * 1000;
  if (await importDialectOf(manager).claimTurn(manager, waitMs, () => options.onWaiting?.())) return;
  const seconds = options.waitSeconds ?? 0;
  throw new HcdmError('DATABASE_BUSY', `${labelOf(manager)}: is busy: another import was still writing to it after ${seconds} s of waiting`);
}

function labelOf(manager: EntityManager): string {
  const options = manager.connection.options as { database?: unknown; url?: unknown };
  return databaseLabel(String(options.url ?? options.database ?? 'the database'));
}
