import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SCRIPT = fileURLToPath(new URL('../../../scripts/failed-tests.mjs', import.meta.url));

function listed(text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'hcdm-failed-')), 'test.log');
  writeFileSync(path, text);
  const result = spawnSync(process.execPath, [SCRIPT, path], { encoding: 'utf8' });
  expect(result.status).toBe(0);
  return result.stdout;
}

// The shape of vitest 4's report under turbo, as a failing run printed it (trimmed).
const LOG = [
  '@hcdm/core:test:  ❯ src/a.test.ts (2 tests | 2 failed) 17ms',
  '@hcdm/core:test:    × fails on purpose 14ms',
  '@hcdm/core:test: ⎯⎯⎯⎯⎯⎯⎯ Failed Tests 2 ⎯⎯⎯⎯⎯⎯⎯',
  '@hcdm/core:test: ',
  '@hcdm/core:test:  FAIL  src/a.test.ts > fails on purpose',
  '@hcdm/core:test: AssertionError: expected 2 to be 3 // Object.is equality',
  '@hcdm/core:test: - Expected',
  '@hcdm/cli:test:  \u001b[31mFAIL\u001b[39m  src/b.test.ts > imports [citus]',
  '@hcdm/cli:test: ',
  '@hcdm/cli:test: Error: Test timed out in 30000ms.',
  '@hcdm/cli:test:       Tests  2 failed | 3 passed (5)',
].join('\n');

describe('scripts/failed-tests.mjs, run by .ci/run', () => {
  it('names each failed test with its package and the first line of its reason', () => {
    expect(listed(LOG)).toBe(
      'failed: @hcdm/core src/a.test.ts > fails on purpose: AssertionError: expected 2 to be 3 // Object.is equality\n' +
        'failed: @hcdm/cli src/b.test.ts > imports [citus]: Error: Test timed out in 30000ms.\n',
    );
  });

  it('gives each test of a group vitest reports together their one reason, and skips lines of other packages', () => {
    const group = [
      '@hcdm/cli:test:  FAIL  src/c.test.ts > first [citus]',
      '@hcdm/core:test:  ✓ src/other.test.ts (2 tests) 3ms',
      '@hcdm/cli:test:  FAIL  src/c.test.ts > second [citus]',
      '@hcdm/cli:test: Error: Hook timed out in 10000ms.',
    ].join('\n');
    expect(listed(group)).toBe(
      'failed: @hcdm/cli src/c.test.ts > first [citus]: Error: Hook timed out in 10000ms.\n' +
        'failed: @hcdm/cli src/c.test.ts > second [citus]: Error: Hook timed out in 10000ms.\n',
    );
  });

  it('prints nothing for a green run', () => {
    expect(listed('@hcdm/core:test:  ✓ src/a.test.ts (2 tests) 3ms\n@hcdm/core:test:       Tests  2 passed (2)\n')).toBe('');
  });

  it('lists twenty and counts the rest', () => {
    const many = Array.from({ length: 23 }, (_, i) => `@hcdm/x:test:  FAIL  src/t.test.ts > case ${i}\n@hcdm/x:test: Error: no ${i}`).join('\n');
    const lines = listed(many).trimEnd().split('\n');
    expect(lines).toHaveLength(21);
    expect(lines[19]).toBe('failed: @hcdm/x src/t.test.ts > case 19: Error: no 19');
    expect(lines[20]).toBe('failed: and 3 more');
  });
});
