import { createIndexes, sqliteOf } from '@hcdm/core';
import type { EntityManager } from 'typeorm';

/** Helper threads SQLite may use for the sorts of index builds, when the other core is free. */
const SORT_THREADS = 2;

/**
 * The secondary indexes that loads into empty tables dropped, built together once every kind
 * is in: by then the parsing worker is idle, so SQLite's sorter can use the other core.
 */
export class DeferredIndexes {
  private readonly statements: string[] = [];

  /** For KindImportOptions.deferIndexes. */
  readonly defer = (statements: string[]): void => {
    this.statements.push(...statements);
  };

  build(manager: EntityManager): void {
    if (this.statements.length === 0) return;
    const db = sqliteOf(manager);
    const threads = Number(db.pragma('threads', { simple: true }));
    db.pragma(`threads = ${SORT_THREADS}`);
    try {
      createIndexes(db, this.statements.splice(0));
    } finally {
      db.pragma(`threads = ${threads}`);
    }
  }
}
