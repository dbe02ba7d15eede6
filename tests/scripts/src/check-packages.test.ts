import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const SCRIPT = join(ROOT, 'scripts', 'check-packages.mjs');
const LICENSE = readFileSync(join(ROOT, 'LICENSE'), 'utf8');

/** A package of its own in a temp folder (outside the workspace), from its files. */
function makePackage(name: string, manifest: object, files: Record<string, string>): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'hcdm-check-')), name);
  for (const [path, text] of Object.entries({ ...files, 'package.json': JSON.stringify({ name, version: '1.0.0', type: 'module', files: ['dist'], ...manifest }) })) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const EXPORTS = { '.': { types: './dist/index.d.ts', default: './dist/index.js' } };

function check(dir: string): { status: number | null; stdout: string } {
  const run = spawnSync(process.execPath, [SCRIPT, dir], { encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout };
}

describe('scripts/check-packages.mjs (pnpm check:packages, run by .ci/run)', () => {
  it('passes a package whose exports, types and license are right', { timeout: 60_000 }, () => {
    const dir = makePackage('fine', { license: 'MIT', exports: EXPORTS }, {
      'dist/index.js': 'export const a = 1;\n',
      'dist/index.d.ts': 'export declare const a: number;\n',
      LICENSE,
    });
    expect(check(dir)).toEqual({ status: 0, stdout: `fine (${relative(ROOT, dir)}): ok [publint, attw, license]\ncheck-packages: 1 package, 0 errors\n` });
  });

  it("fails on publint's error (types pointing at no file) and on a license that is not the LICENSE", { timeout: 60_000 }, () => {
    const dir = makePackage('broken', { license: 'ISC', exports: EXPORTS }, { 'dist/index.js': 'export const a = 1;\n' });
    const { status, stdout } = check(dir);
    expect(status).toBe(1);
    expect(stdout.split('\n').slice(1)).toEqual([
      '  publint error: pkg.exports["."].types is ./dist/index.d.ts but the file does not exist.',
      '  license: package.json "license" is "ISC", not "MIT" (the LICENSE file)',
      '  license: the tarball has no LICENSE',
      'check-packages: 1 package, 3 errors',
      '',
    ]);
  });

  it('fails when the types are wrong for Node: a declaration importing "./a" with no extension', { timeout: 60_000 }, () => {
    // publint reads package.json only; attw resolves the declaration's own imports as Node 16+ does.
    const dir = makePackage('typeswrong', { license: 'MIT', exports: EXPORTS }, {
      'dist/a.js': 'export const a = 1;\n',
      'dist/a.d.ts': 'export declare const a: number;\n',
      'dist/index.js': "export { a } from './a.js';\n",
      'dist/index.d.ts': "export { a } from './a';\n",
      LICENSE,
    });
    const { status, stdout } = check(dir);
    expect(status).toBe(1);
    expect(stdout).toMatch(/^typeswrong \(.*\): 1 error \[publint, attw, license\]\n {2}attw: typeswrong v1\.0\.0\n/);
    expect(stdout).toContain('node16 (from ESM): 🥴 Internal resolution error');
    expect(stdout).not.toContain('publint error');
    expect(stdout.endsWith('check-packages: 1 package, 1 error\n')).toBe(true);
  });
});
