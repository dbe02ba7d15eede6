import { dirname } from 'node:path';
import { SLOW_QUERY_ENV } from '@hcdm/core';
import { BASE_CSV } from '@hcdm/test-database';
import { describeEachDatabase } from '@hcdm/test-utils';
import { afterEach, expect, it, vi } from 'vitest';
import { openImportFixture, type ImportFixture } from './import-data.test-utils.js';

let fixture: ImportFixture | null = null;
afterEach(async () => {
  delete process.env[SLOW_QUERY_ENV];
  vi.restoreAllMocks();
  if (fixture?.dataSource.isInitialized) await fixture.dataSource.destroy();
  fixture = null;
});

describeEachDatabase('HCDM_SLOW_QUERY_MS during an import', () => {
  it("prints the import's own statements, which TypeORM does not run: the staging of a re-import, the index builds of a first", async () => {
    fixture = await openImportFixture();
    const folder = dirname(fixture.write(BASE_CSV)[0]!);
    const lines: string[] = [];
    const write = process.stderr.write.bind(process.stderr);
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array, ...rest: unknown[]) => {
      if (String(chunk).startsWith('slow query ')) lines.push(String(chunk));
      else return (write as (...args: unknown[]) => boolean)(chunk, ...rest);
      return true;
    });
    // 0: every statement that takes any time at all.
    process.env[SLOW_QUERY_ENV] = '0';
    await fixture.run([folder]);
    await fixture.run([folder]);
    expect(lines.some((line) => /^slow query \d+ ms: CREATE INDEX \S*idx_calls_\w+\S* ON (\S+\.)?"?calls"? /.test(line))).toBe(true);
    expect(lines.some((line) => /^slow query \d+ ms: .*hcdm_stage_calls/.test(line))).toBe(true);
    expect(lines.every((line) => /^slow query \d+ ms: \S.*\n$/.test(line) && !line.slice(0, -1).includes('\n'))).toBe(true);
  });
}, { citus: true });
