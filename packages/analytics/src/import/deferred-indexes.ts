import { createIndexes, dialectOf, sqliteOf } from '@hcdm/core';
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

  async build(manager: EntityManager): Promise<void> {
    if (this.statements.length === 0) return;
    if (dialectOf(manager) === 'postgres') {
      // Room for the index sorts, for this transaction only.
      await manager.query(`SET LOCAL maintenance_work_mem = '256MB'`);
      for (const sql of this.statements.splice(0)) await manager.query(sql);
      return;
    }
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
