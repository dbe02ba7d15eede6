#!/usr/bin/env node
// Checks every public package as it would be published: `pnpm pack` makes its tarball (with
// `workspace:` versions turned into real ones), then
//   - publint lints the tarball's package.json against its files (exports, types, bin, files);
//   - "are the types wrong" (attw) resolves each entry point's types as TypeScript would, under
//     the esm-only profile: hcdm's packages are ES modules only (`"type": "module"`, Node 20.19+),
//     so neither TypeScript's pre-exports `node10` resolution nor a CommonJS `require` is a
//     supported way in; the CLI, which exports no library, is not given to attw;
//   - the license: `"license": "MIT"` and the tarball's LICENSE the same as the repository's.
// Any error fails the run (exit 1); publint's warnings and suggestions are printed, not fatal.
// `node scripts/check-packages.mjs [DIR...]` checks those folders instead; `pnpm check:packages`
// runs it over all of them, and .ci/run does after the build.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const LICENSE = readFileSync(join(ROOT, 'LICENSE'), 'utf8');
const ATTW = join(ROOT, 'node_modules', '.bin', 'attw');

function readManifest(dir) {
  return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
}

/** The workspace's public packages: every package.json under packages/ and apps/ not marked private. */
function publicPackages() {
  return ['packages', 'apps']
    .flatMap((parent) => readdirSync(join(ROOT, parent), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => join(ROOT, parent, entry.name)))
    .filter((dir) => existsSync(join(dir, 'package.json')) && readManifest(dir).private !== true)
    .sort();
}

/** `pnpm pack` into a folder of its own; returns the tarball's path. */
function pack(dir, into) {
  execFileSync('pnpm', ['pack', '--pack-destination', into], { cwd: dir, stdio: 'pipe' });
  const tarballs = readdirSync(into).filter((name) => name.endsWith('.tgz'));
  if (tarballs.length !== 1) throw new Error(`pnpm pack in ${dir} made ${tarballs.length} tarballs`);
  return join(into, tarballs[0]);
}

async function checkPublint(tarball) {
  const buffer = readFileSync(tarball);
  const { messages, pkg } = await publint({ pack: { tarball: buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) }, level: 'suggestion' });
  return messages.map((message) => ({ level: message.type, text: `publint ${message.type}: ${formatMessage(message, pkg, { color: false })}` }));
}

function checkAttw(tarball) {
  const run = spawnSync(ATTW, [tarball, '--profile', 'esm-only', '--format', 'ascii', '--no-color'], { encoding: 'utf8' });
  if (run.status === 0) return [];
  const output = `${run.stdout}${run.stderr}`.trim();
  // attw's report, without the lines about what the profile leaves out.
  const lines = output.split('\n').filter((line) => line.trim() !== '' && !/\(ignor(ed|ing)\b|^\*+$/.test(line.trim()));
  return [{ level: 'error', text: `attw: ${lines.join('\n  ')}` }];
}

function checkLicense(manifest, tarball, into) {
  const problems = [];
  if (manifest.license !== 'MIT') problems.push(`package.json "license" is ${JSON.stringify(manifest.license)}, not "MIT" (the LICENSE file)`);
  execFileSync('tar', ['-xzf', tarball, '-C', into]);
  const packed = join(into, 'package', 'LICENSE');
  if (!existsSync(packed)) problems.push('the tarball has no LICENSE');
  else if (readFileSync(packed, 'utf8') !== LICENSE) problems.push("the tarball's LICENSE differs from the repository's");
  return problems.map((text) => ({ level: 'error', text: `license: ${text}` }));
}

const dirs = process.argv.length > 2 ? process.argv.slice(2).map((dir) => resolve(dir)) : publicPackages();
let errors = 0;
for (const dir of dirs) {
  const manifest = readManifest(dir);
  const work = mkdtempSync(join(tmpdir(), 'hcdm-check-packages-'));
  try {
    const tarball = pack(dir, work);
    const library = manifest.exports !== undefined || manifest.types !== undefined || manifest.main !== undefined;
    const findings = [...(await checkPublint(tarball)), ...(library ? checkAttw(tarball) : []), ...checkLicense(manifest, tarball, work)];
    const failed = findings.filter((finding) => finding.level === 'error').length;
    errors += failed;
    const checks = library ? 'publint, attw, license' : 'publint, license (a command: no types for attw)';
    console.log(`${manifest.name} (${relative(ROOT, dir)}): ${failed === 0 ? 'ok' : `${failed} error${failed === 1 ? '' : 's'}`} [${checks}]`);
    for (const finding of findings) console.log(`  ${finding.text}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
console.log(`check-packages: ${dirs.length} package${dirs.length === 1 ? '' : 's'}, ${errors} error${errors === 1 ? '' : 's'}`);
process.exitCode = errors === 0 ? 0 : 1;
