#!/usr/bin/env node
// The workspace's package graph as the code's imports draw it (not as package.json claims):
// every `from '@hcdm/x'` in a package's non-test sources is an arrow. Prints the packages
// floor by floor (each above everything it imports), and fails when an import is not a
// declared dependency or when the arrows make a cycle. `pnpm graph`; CI runs it with `pnpm lint`.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
const FOLDERS = ['packages', 'apps'];
const IMPORT = /(?:^|\n)\s*(?:import|export)\b[^;'"]*?from\s*['"](@hcdm\/[a-z-]+)/g;
const TEST_FILE = /\.test(-utils)?\.ts$/;

function sourceFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|mts)$/.test(name) && !TEST_FILE.test(name) ? [path] : [];
  });
}

const packages = new Map();
for (const folder of FOLDERS) {
  for (const name of readdirSync(join(ROOT, folder))) {
    const dir = join(ROOT, folder, name);
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const declared = new Set(Object.keys({ ...manifest.dependencies, ...manifest.devDependencies, ...manifest.peerDependencies }));
    const imports = new Set();
    for (const file of sourceFiles(join(dir, 'src'))) {
      for (const [, target] of readFileSync(file, 'utf8').matchAll(IMPORT)) if (target !== manifest.name) imports.add(target);
    }
    packages.set(manifest.name, { dir: relative(ROOT, dir), declared, imports });
  }
}

const problems = [];
for (const [name, { imports, declared }] of packages) {
  for (const target of imports) {
    if (!packages.has(target)) problems.push(`${name} imports ${target}, which is no workspace package`);
    else if (!declared.has(target)) problems.push(`${name} imports ${target} without declaring it in package.json`);
  }
}

// Floors: a package sits one above the highest package it imports; a cycle has no floor.
const floors = new Map();
function floorOf(name, path = []) {
  if (floors.has(name)) return floors.get(name);
  if (path.includes(name)) {
    problems.push(`import cycle: ${[...path.slice(path.indexOf(name)), name].join(' -> ')}`);
    return 0;
  }
  const targets = [...(packages.get(name)?.imports ?? [])].filter((target) => packages.has(target));
  const floor = targets.length === 0 ? 1 : 1 + Math.max(...targets.map((target) => floorOf(target, [...path, name])));
  floors.set(name, floor);
  return floor;
}
for (const name of packages.keys()) floorOf(name);

const byFloor = [...floors.entries()].sort(([a, fa], [b, fb]) => fb - fa || a.localeCompare(b));
for (const [name, floor] of byFloor) {
  const imports = [...packages.get(name).imports].sort().join(', ') || '-';
  console.log(`${String(floor).padStart(2)}  ${name.padEnd(22)} -> ${imports}`);
}
if (problems.length > 0) {
  for (const problem of [...new Set(problems)]) console.error(`package graph: ${problem}`);
  process.exit(1);
}
console.log(`package graph: ${packages.size} packages, no cycle, every import declared`);
