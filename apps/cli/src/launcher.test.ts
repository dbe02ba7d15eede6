import { spawnSync } from 'node:child_process';
import { chmodSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeTempDir } from '@hcdm/test-utils';
import { describe, expect, it } from 'vitest';

const LAUNCHER = fileURLToPath(new URL('../bin/hcdm', import.meta.url));
const BUNDLE = fileURLToPath(new URL('../dist/hcdm.js', import.meta.url));

/**
 * The arguments bin/hcdm hands to `node`, read from a stand-in `node` first on the PATH that
 * prints them, one a line; `via` runs the launcher through a symlink, as a global install does.
 */
function nodeArguments(args: readonly string[], via: 'path' | 'symlink' = 'path'): string[] {
  const dir = makeTempDir();
  writeFileSync(join(dir, 'node'), '#!/bin/sh\nfor arg in "$@"; do printf "%s\\n" "$arg"; done\n');
  chmodSync(join(dir, 'node'), 0o755);
  const command = via === 'path' ? LAUNCHER : join(dir, 'hcdm');
  if (via === 'symlink') symlinkSync(LAUNCHER, command);
  const run = spawnSync(command, args, { encoding: 'utf8', env: { ...process.env, PATH: `${dir}:${process.env.PATH ?? ''}` } });
  if (run.status !== 0) throw new Error(run.stderr);
  return run.stdout.split('\n').slice(0, -1);
}

describe('bin/hcdm, the hcdm command', () => {
  it('starts an import with a small young generation for the main thread', () => {
    expect(nodeArguments(['--db', 'crm.sqlite', 'import', 'exports/'])).toEqual(['--max-semi-space-size=2', BUNDLE, '--db', 'crm.sqlite', 'import', 'exports/']);
  });

  it('starts every other command without it, the arguments as given, spaces kept', () => {
    expect(nodeArguments(['query', 'show top 5 leads by call volume'])).toEqual([BUNDLE, 'query', 'show top 5 leads by call volume']);
  });

  it('finds the bundle through a symlink to it, as a global install links it', () => {
    expect(nodeArguments(['start'], 'symlink')).toEqual([BUNDLE, 'start']);
  });
});
