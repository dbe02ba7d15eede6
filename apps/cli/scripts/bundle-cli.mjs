// Bundles the compiled CLI (dist/main.js, after tsc) and the import's parsing worker into two
// files, dist/hcdm.js and dist/parse.worker.js. Why: loading TypeORM and the rest as some
// thousand separate modules (each resolved, read, and for CommonJS scanned for its exports)
// took most of a short command's time, about 250 ms; one bundle loads in a fraction of that.
// Native and server drivers stay outside, required at run time from this package's node_modules.
import { writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const require = createRequire(join(root, 'package.json'));

// TypeORM requires its drivers by name at run time (PlatformTools.load); those hcdm uses are
// this package's dependencies, the others are never installed, so all of them stay external.
const EXTERNAL = [
  'better-sqlite3',
  'pg',
  'pg-native',
  'pg-query-stream',
  'typeorm-aurora-data-api-driver',
  'expo-sqlite',
  '@google-cloud/spanner',
  'mssql',
  'mongodb',
  'mysql2',
  'oracledb',
  'react-native-sqlite-storage',
  '@sap/hana-client',
  'sql.js',
  'redis',
  'ioredis',
  // debug's optional colours, required inside a try: left to fail there, as when it is not
  // installed, rather than bundled whenever some dev tool of the workspace happens to bring it.
  'supports-color',
];

// ES modules have no `require`; the CommonJS inside the bundle (TypeORM) needs one for those drivers.
const BANNER = "import { createRequire as hcdmCreateRequire } from 'node:module'; const require = hcdmCreateRequire(import.meta.url);";

const result = await build({
  entryPoints: {
    hcdm: join(root, 'dist', 'main.js'),
    // parse-worker.client.ts starts the worker from the file beside it: beside the bundle here.
    'parse.worker': require.resolve('@hcdm/import/parse-worker'),
  },
  outdir: join(root, 'dist'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: EXTERNAL,
  banner: { js: BANNER },
  // Class names are kept: TypeORM reads entity and migration names from them.
  keepNames: true,
  sourcemap: 'linked',
  logLevel: 'warning',
  legalComments: 'none',
  metafile: true,
});

// What went into each file and what each imports at run time, for the bundle's test (and for a look).
writeFileSync(join(root, 'dist', 'bundle.meta.json'), JSON.stringify(result.metafile, null, 1));
