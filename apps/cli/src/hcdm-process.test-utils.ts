import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The built, bundled CLI (the `hcdm` bin): these tests run what users run (`pnpm build` first). */
export const MAIN = fileURLToPath(new URL('../dist/hcdm.js', import.meta.url));

export interface CliRun {
  readonly stdout: string;
  readonly stderr: string;
  readonly status: number | null;
}

/** Runs `node dist/hcdm.js ...args` in `cwd`, stdin from `input` (not a terminal), no HCDM_* from outside. */
export function runCli(cwd: string, args: readonly string[], options: { input?: string; env?: Record<string, string> } = {}): CliRun {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('HCDM_')));
  const result = spawnSync(process.execPath, [MAIN, ...args], {
    cwd,
    input: options.input ?? '',
    env: { ...env, NO_COLOR: '1', ...options.env },
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}
