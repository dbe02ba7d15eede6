import type { Logger } from 'typeorm';
import { HcdmError } from './core.errors.js';

/** The environment variable that turns the log on: statements slower than this many milliseconds. */
export const SLOW_QUERY_ENV = 'HCDM_SLOW_QUERY_MS';

/**
 * TypeORM options that print each statement slower than `HCDM_SLOW_QUERY_MS` milliseconds to
 * stderr (`slow query 1234 ms: INSERT ...`, one line, the SQL's whitespace collapsed), or none
 * when it is unset. It is how an import or an analysis is profiled on a real database without
 * a debugger: which statements the time goes to, and how much of it is JavaScript's (the rest).
 * An unusable value is refused in one line rather than ignored.
 */
export function slowQueryLogging(env: NodeJS.ProcessEnv = process.env): { maxQueryExecutionTime?: number; logger?: Logger } {
  const limit = slowQueryLimit(env);
  // TypeORM logs a statement only when it took more than the limit: 0 would log none.
  return limit === null ? {} : { maxQueryExecutionTime: Math.max(limit, 0.001), logger: new SlowQueryLogger() };
}

/** Times one statement run beside TypeORM (on the driver's own connection, as the import's are). */
export type StatementTimer = <T>(sql: string, run: () => T) => T;

/**
 * The same log for statements TypeORM does not run: the import's own, on better-sqlite3 or the
 * node-postgres client directly (staging, checks, merges, index builds). `run`'s result is
 * passed through, a promise's once it settles. Unset, the statement is just run.
 */
export function slowStatementTimer(env: NodeJS.ProcessEnv = process.env): StatementTimer {
  const limit = slowQueryLimit(env);
  if (limit === null) return (_sql, run) => run();
  return <T>(sql: string, run: () => T): T => {
    const start = performance.now();
    const report = () => {
      const ms = performance.now() - start;
      if (ms > limit) reportSlowQuery(ms, sql);
    };
    const result = run();
    if (result instanceof Promise) return result.finally(report) as T;
    report();
    return result;
  };
}

/** HCDM_SLOW_QUERY_MS as a number of milliseconds, null when unset; an unusable value is refused. */
function slowQueryLimit(env: NodeJS.ProcessEnv): number | null {
  const raw = env[SLOW_QUERY_ENV];
  if (raw === undefined || raw.trim() === '') return null;
  const ms = Number(raw);
  if (!Number.isFinite(ms) || ms < 0) throw new HcdmError('INVALID_INPUT', `${SLOW_QUERY_ENV}=${raw}: not a number of milliseconds`);
  return ms;
}

function reportSlowQuery(ms: number, sql: string): void {
  process.stderr.write(`slow query ${Math.round(ms)} ms: ${sql.replace(/\s+/g, ' ').trim()}\n`);
}

class SlowQueryLogger implements Logger {
  logQuerySlow(time: number, query: string): void {
    reportSlowQuery(time, query);
  }
  logQuery(): void {}
  logQueryError(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
