import type { EntityManager } from 'typeorm';

/** Runs `work` in the caller's transaction when there is one, else in a transaction of its own: all or nothing either way. */
export async function inTransaction<T>(manager: EntityManager, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  if (manager.queryRunner?.isTransactionActive === true) return work(manager);
  return manager.transaction(work);
}
