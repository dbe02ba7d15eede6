// Bundles the compiled CLI (dist/main.js, after tsc) and the import's parsing worker into
// dist/hcdm.program.js and dist/parse.worker.js, and the launcher that runs the first with a V8 code
// cache (src/launcher/) into dist/hcdm.js. Why: loading TypeORM and the rest as some thousand
// separate modules (each resolved, read, and for CommonJS scanned for its exports) took most of a
// short command's time, about 250 ms; one bundle loads in a fraction of that, and the code cache
// saves most of the rest of its compile time. The program is CommonJS because Node 20 caches
// code only for scripts; the worker stays an ES module (it has no cache and needs none).
// Native and server drivers stay outside, required at run time from this package's node_modules.
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
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
  // pg is bundled (see bundlePg); what it requires only on demand stays out: its native binding
  // (never asked for) and its Cloudflare Workers socket (never, see below).
  'pg-native',
  'pg-cloudflare',
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

// ES modules have no `require`; the CommonJS inside the worker's bundle (TypeORM's) needs one.
const ESM_BANNER = "import { createRequire as hcdmCreateRequire } from 'node:module'; const require = hcdmCreateRequire(import.meta.url);";
// CommonJS has no import.meta: the sources' import.meta.url (the worker's path, the version's
// package.json, pg's require) becomes the bundle file's own URL, as in an ES module.
const CJS_BANNER = "'use strict'; const hcdmModuleUrl = require('node:url').pathToFileURL(__filename).href;";

// The program as one CommonJS function expression, as Node's loader would wrap it: the launcher
// compiles the file's text as it is, without a second 6 MB string.
const PROGRAM = 'hcdm.program.js';
const WRAPPER = '(function (exports, require, module, __filename, __dirname) {';

/**
 * Writes esbuild's CommonJS bundle as PROGRAM: its first line (the sources' `#!`, which a script
 * may not have) becomes the wrapper's head, so every line and its source map stay where they are.
 */
function wrapProgram(from, to) {
  const text = readFileSync(from, 'utf8');
  const firstLine = text.indexOf('\n');
  const body = text.slice(firstLine).replace('sourceMappingURL=hcdm.cjs.map', `sourceMappingURL=${PROGRAM}.map`);
  writeFileSync(to, `${WRAPPER}${body}\n});\n`);
  renameSync(`${from}.map`, `${to}.map`);
  rmSync(from);
}

/**
 * Two rewrites that let pg, pure JavaScript, be bundled and code-cached with the rest: about
 * 65 ms of every PostgreSQL command went into loading it from node_modules, and 30 ms more into
 * Node's fetch (undici), which pg loads at its start to ask whether it runs as a Cloudflare
 * Worker (`new Response(...)`). In the bundle it is evaluated only for a postgres:// database.
 * - @hcdm/core requires pg through its own createRequire (so a library user on SQLite never
 *   loads it); here that require is the bundle's, which esbuild follows.
 * - pg's isCloudflareRuntime() answers false: this program is Node's.
 * Each rewrite must find its text: a changed source fails the build, never the program.
 */
function rewrite(build, filter, from, to) {
  build.onLoad({ filter }, ({ path }) => {
    const text = readFileSync(path, 'utf8');
    if (!text.includes(from)) throw new Error(`${path}: bundle-cli.mjs expected to find ${JSON.stringify(from)}`);
    return { contents: text.replace(from, to), loader: 'js' };
  });
}
const bundlePg = {
  name: 'hcdm-bundle-pg',
  setup(build) {
    rewrite(build, /[\\/]core[\\/]dist[\\/]dialect[\\/]postgres[\\/]postgres\.data-source\.js$/, 'const require = createRequire(import.meta.url);', '');
    rewrite(build, /[\\/]pg[\\/]lib[\\/]stream\.js$/, 'function isCloudflareRuntime() {', 'function isCloudflareRuntime() {\n  return false');
  },
};

const common = {
  outdir: join(root, 'dist'),
  bundle: true,
  platform: 'node',
  target: 'node20',
  external: EXTERNAL,
  // Class names are kept: TypeORM reads entity and migration names from them.
  keepNames: true,
  sourcemap: 'linked',
  logLevel: 'warning',
  legalComments: 'none',
  metafile: true,
};

const program = await build({
  ...common,
  entryPoints: { hcdm: join(root, 'dist', 'main.js') },
  format: 'cjs',
  outExtension: { '.js': '.cjs' },
  define: { 'import.meta.url': 'hcdmModuleUrl' },
  banner: { js: CJS_BANNER },
  plugins: [bundlePg],
  // No comments: one of the libraries' (an en dash) made V8 hold the whole 6 MB text as two
  // bytes a character, 12 MB of the peak; without them the text is a third smaller, too.
  minifyWhitespace: true,
});
wrapProgram(join(root, 'dist', 'hcdm.cjs'), join(root, 'dist', PROGRAM));

const modules = await build({
  ...common,
  entryPoints: {
    hcdm: join(root, 'dist', 'launcher', 'code-cache.launcher.js'),
    // parse-worker.client.ts starts the worker from the file beside it: beside the bundle here.
    'parse.worker': require.resolve('@hcdm/import/parse-worker'),
  },
  format: 'esm',
  banner: { js: ESM_BANNER },
});

// What went into each file and what each imports at run time, for the bundle's test (and for a look).
const programOutputs = Object.fromEntries(Object.entries(program.metafile.outputs).map(([path, output]) => [path.replace(/hcdm\.cjs(\.map)?$/, `${PROGRAM}$1`), output]));
const metafile = { inputs: { ...program.metafile.inputs, ...modules.metafile.inputs }, outputs: { ...programOutputs, ...modules.metafile.outputs } };
writeFileSync(join(root, 'dist', 'bundle.meta.json'), JSON.stringify(metafile, null, 1));
