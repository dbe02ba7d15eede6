import { createDeferredIndexes } from './kind.import.js';
import { dialectOf, sqliteOf } from '@hcdm/core';
import type { EntityManager } from 'typeorm';

/** Helper threads SQLite may use for the sorts of index builds, when the other core is free. */
const SORT_THREADS = 2;

/**
 * The secondary indexes that loads into empty tables dropped, built together once every kind
 * is in: by then the parsing worker has stopped, so SQLite's sorter can use the other core.
 */
export class DeferredIndexes {
  private readonly statements: string[] = [];

  /** For KindImportOptions.deferIndexes. */
  readonly defer = (statements: string[]): void => {
    this.statements.push(...statements);
  };

  async build(manager: EntityManager): Promise<void> {
    const statements = this.statements.splice(0);
    if (statements.length === 0) return;
    if (dialectOf(manager) !== 'sqlite') return createDeferredIndexes(manager, statements);
    const db = sqliteOf(manager);
    const threads = Number(db.pragma('threads', { simple: true }));
    db.pragma(`threads = ${SORT_THREADS}`);
    try {
      await createDeferredIndexes(manager, statements);
    } finally {
      db.pragma(`threads = ${threads}`);
    }
  }
}
