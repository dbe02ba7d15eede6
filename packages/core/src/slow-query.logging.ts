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
  const raw = env[SLOW_QUERY_ENV];
  if (raw === undefined || raw.trim() === '') return {};
  const ms = Number(raw);
  if (!Number.isFinite(ms) || ms < 0) throw new HcdmError('INVALID_INPUT', `${SLOW_QUERY_ENV}=${raw}: not a number of milliseconds`);
  // TypeORM logs a statement only when it took more than the limit: 0 would log none.
  return { maxQueryExecutionTime: Math.max(ms, 0.001), logger: new SlowQueryLogger() };
}

class SlowQueryLogger implements Logger {
  logQuerySlow(time: number, query: string): void {
    process.stderr.write(`slow query ${Math.round(time)} ms: ${query.replace(/\s+/g, ' ').trim()}\n`);
  }
  logQuery(): void {}
  logQueryError(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
