/** Runs of a piece of work in all, when the server cancels it to end a deadlock. */
const ATTEMPTS = 5;

/** The longest pause before the next run, in ms, times the runs so far (a random part of it). */
const PAUSE_MS = 200;

/** PostgreSQL's SQLSTATE for a deadlock; Citus gives it too, to the transaction it cancels to end one across nodes. */
const DEADLOCK = '40P01';

/**
 * Runs `work` (whole transactions: a migration run, an import, a merge, a rebuild), and runs it
 * again when the server cancelled it to end a deadlock, at most ATTEMPTS runs in all. A
 * cancelled transaction is rolled back whole, so a run left nothing and another is safe. On
 * Citus, laying out or writing tables over the workers locks on every node, and its detector
 * may pick an hcdm transaction to end a cycle with other work on the cluster (the CI's tests,
 * each in a schema of one database, meet it a few times a run); SQLite never deadlocks, so
 * there it is one run.
 */
export async function retryOnDeadlock<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await work();
    } catch (error) {
      if (!isDeadlock(error) || attempt >= ATTEMPTS) throw error;
      // A random pause: run again at once, the two transactions would meet in the same order again.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * PAUSE_MS * attempt));
    }
  }
}

function isDeadlock(error: unknown): boolean {
  const failed = error as { code?: unknown; driverError?: { code?: unknown } } | null;
  return failed?.code === DEADLOCK || failed?.driverError?.code === DEADLOCK;
}
