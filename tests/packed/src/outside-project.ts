import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const WORKSPACE = resolve(import.meta.dirname, '../../..');
export const PACKED = ['core', 'telecom', 'property', 'identity', 'schema', 'attribution', 'import', 'analyses', 'query', 'analytics'] as const;

/**
 * Packs the libraries as they would be published (`pnpm pack` turns `workspace:^` into real
 * versions) and installs the tarballs into a fresh project in `dir`, outside the workspace.
 * The overrides stand in for the registry: @hcdm/core@^0.1.0 must resolve to our tarball.
 */
export function makeOutsideProject(dir: string): string {
  const tarball = (name: string) => `file:${join(dir, `hcdm-${name}-0.1.0.tgz`)}`;
  for (const name of PACKED) {
    execFileSync('pnpm', ['pack', '--pack-destination', dir], { cwd: join(WORKSPACE, 'packages', name), stdio: 'pipe' });
  }
  const project = join(dir, 'project');
  execFileSync('mkdir', ['-p', project]);
  const dependencies = Object.fromEntries(PACKED.map((name) => [`@hcdm/${name}`, tarball(name)]));
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'outside', private: true, type: 'module', dependencies: { ...dependencies, typeorm: '^1.1.1' } }),
  );
  const overrides = PACKED.map((name) => `  "@hcdm/${name}": "${tarball(name)}"`).join('\n');
  writeFileSync(join(project, 'pnpm-workspace.yaml'), `allowBuilds:\n  better-sqlite3: true\noverrides:\n${overrides}\n`);
  execFileSync('pnpm', ['install'], { cwd: project, stdio: 'pipe' });
  return project;
}
