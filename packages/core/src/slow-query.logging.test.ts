import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHcdmDataSource } from './data-source.js';
import { SLOW_QUERY_ENV, slowQueryLogging, slowStatementTimer } from './slow-query.logging.js';

let dir = '';
afterEach(() => {
  delete process.env[SLOW_QUERY_ENV];
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

describe('HCDM_SLOW_QUERY_MS prints the statements slower than it', () => {
  it('adds nothing when unset or empty', () => {
    expect(slowQueryLogging({})).toEqual({});
    expect(slowQueryLogging({ [SLOW_QUERY_ENV]: ' ' })).toEqual({});
  });

  it('refuses a value that is not a number of milliseconds, in one line', () => {
    expect(() => slowQueryLogging({ [SLOW_QUERY_ENV]: 'fast' })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', message: 'HCDM_SLOW_QUERY_MS=fast: not a number of milliseconds' }),
    );
    expect(() => slowQueryLogging({ [SLOW_QUERY_ENV]: '-5' })).toThrow('HCDM_SLOW_QUERY_MS=-5: not a number of milliseconds');
  });

  it('logs a slow statement of a real SQLite database to stderr, one line, and not a fast one', async () => {
    dir = mkdtempSync(join(tmpdir(), 'hcdm-slow-'));
    process.env[SLOW_QUERY_ENV] = '50';
    const lines: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    });
    const ds = createHcdmDataSource({ database: join(dir, 'slow.sqlite'), entities: [], migrations: [] });
    await ds.initialize();
    try {
      await ds.query('SELECT 1');
      // Some three million rows counted: well over 50 ms on any machine this runs on.
      await ds.query(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000000)
        SELECT COUNT(*) FROM n`);
    } finally {
      await ds.destroy();
    }
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^slow query \d+ ms: WITH RECURSIVE n\(i\) AS \(SELECT 1 UNION ALL SELECT i \+ 1 FROM n WHERE i < 3000000\) SELECT COUNT\(\*\) FROM n\n$/);
  });

  it('times the statements run beside TypeORM too, sync or async, passing their results through', async () => {
    const lines: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    });
    const off = slowStatementTimer({});
    expect(off('SELECT 1', () => 41 + 1)).toBe(42);
    const timed = slowStatementTimer({ [SLOW_QUERY_ENV]: '30' });
    expect(timed('SELECT fast', () => 'quick')).toBe('quick');
    const busy = (ms: number) => {
      const until = performance.now() + ms;
      while (performance.now() < until);
      return ms;
    };
    expect(timed('CREATE INDEX idx_a\n    ON a (b)', () => busy(60))).toBe(60);
    await expect(timed('INSERT INTO a SELECT', () => new Promise((resolve) => setTimeout(() => resolve('done'), 60)))).resolves.toBe('done');
    expect(lines.map((line) => line.replace(/\d+ ms/, 'N ms'))).toEqual(['slow query N ms: CREATE INDEX idx_a ON a (b)\n', 'slow query N ms: INSERT INTO a SELECT\n']);
  });
});
