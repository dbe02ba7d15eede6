import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SCRIPT = fileURLToPath(new URL('../../../scripts/engine-tally.mjs', import.meta.url));

function tally(text: string | null): string {
  const args = [SCRIPT];
  if (text !== null) {
    const path = join(mkdtempSync(join(tmpdir(), 'hcdm-tally-')), 'tally');
    writeFileSync(path, text);
    args.push(path);
  }
  const result = spawnSync(process.execPath, args, { encoding: 'utf8' });
  expect(result.status).toBe(0);
  return result.stdout;
}

describe('scripts/engine-tally.mjs, run by .ci/run', () => {
  it('sums the lines per engine, every engine named even with no test', () => {
    const text = 'sqlite passed\npostgres passed\nsqlite passed\ncitus failed\nsqlite failed\n\n';
    expect(tally(text)).toBe('by engine: sqlite 2 passed, 1 failed; postgres 1 passed, 0 failed; citus 0 passed, 1 failed\n');
  });

  it('says zeros without a tally file', () => {
    expect(tally(null)).toBe('by engine: sqlite 0 passed, 0 failed; postgres 0 passed, 0 failed; citus 0 passed, 0 failed\n');
  });
});
