import { readFileSync } from 'node:fs';

/** The CLI's version, from its own package.json (one folder above dist/). */
export function cliVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version?: string };
  return manifest.version ?? '0.0.0';
}
