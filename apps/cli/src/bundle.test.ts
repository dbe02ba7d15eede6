import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { DEFAULT_SETTINGS } from '@hcdm/core';
import { makeTempDir, writeFiles } from '@hcdm/test-utils';
import { describe, expect, it } from 'vitest';

const WORKER = fileURLToPath(new URL('../dist/parse.worker.js', import.meta.url));
const META = fileURLToPath(new URL('../dist/bundle.meta.json', import.meta.url));

/** The packages a bundle file imports statically at run time (esbuild's metafile), Node's own left out. */
function runtimeImports(file: 'hcdm.js' | 'hcdm.program.js' | 'parse.worker.js'): string[] {
  const meta = JSON.parse(readFileSync(META, 'utf8')) as { outputs: Record<string, { imports: { path: string; kind: string; external?: boolean }[] }> };
  const output = Object.entries(meta.outputs).find(([path]) => path.endsWith(`dist/${file}`))?.[1];
  if (output === undefined) throw new Error(`${file} is not in the bundle's metafile`);
  // A require.resolve loads nothing: fdir's CommonJS (tinyglobby's) only asks whether picomatch
  // is installed, and bundles its own copy.
  const loaded = output.imports.filter((entry) => entry.external === true && entry.kind !== 'require-resolve');
  const names = loaded.filter((entry) => !entry.path.startsWith('node:') && !builtinModules.includes(entry.path)).map((entry) => entry.path);
  return [...new Set(names)].sort();
}

describe('the bundled CLI (pnpm build)', () => {
  // better-sqlite3 is required by a name TypeORM computes when a database opens (esbuild does not
  // see it), so every test of the CLI process checks it resolves; pg is bundled. Nothing else may
  // be missing from the bundle.
  it('imports no package at run time but what pg and debug require only on demand, never here', () => {
    // pg-native: only for pg.native; pg-cloudflare: only in a Cloudflare Worker (the bundle says
    // it is not one); supports-color: debug's optional colours, required inside a try.
    expect(runtimeImports('hcdm.program.js')).toEqual(['pg-cloudflare', 'pg-native', 'supports-color']);
    expect(runtimeImports('hcdm.js')).toEqual([]);
    expect(runtimeImports('parse.worker.js')).toEqual([]);
  });

  it('has a parsing worker beside it that parses a file into batches on its own', async () => {
    const [customers] = writeFiles(makeTempDir(), { 'customers.csv': 'customer_id,name,phone\nC1,Asha Rao,9876543210\nC2,Ravi Iyer,09876500000\n' });
    const worker = new Worker(WORKER);
    try {
      const messages: { type: string; batch?: { rows: number; params: unknown[] } }[] = [];
      await new Promise<void>((resolve, reject) => {
        worker.on('error', reject);
        worker.on('message', (message: (typeof messages)[number]) => {
          messages.push(message);
          if (message.type !== 'batch') resolve();
        });
        const request = { files: [{ path: customers, kind: 'customers', format: 'csv' }], settings: DEFAULT_SETTINGS, layout: 'direct', batchRows: 10 };
        worker.postMessage({ type: 'read', id: 1, kind: 'customers', request });
      });
      const params = messages.flatMap((message) => message.batch?.params ?? []);
      expect({ params, last: messages.at(-1)?.type }).toEqual({
        params: ['C1', 'Asha Rao', '+919876543210', null, 'C2', 'Ravi Iyer', '+919876500000', null],
        last: 'end',
      });
    } finally {
      await worker.terminate();
    }
  });
});
