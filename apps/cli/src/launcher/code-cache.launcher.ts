// The `hcdm` program's entry (bundled as dist/hcdm.js): runs the CommonJS bundle
// dist/hcdm.program.js (one function expression, scripts/bundle-cli.mjs) with a V8 code cache. Why: compiling the 6 MB bundle and then the functions a command runs
// (TypeORM's, commander's, the query parser's) took about a third of a one-shot command's time,
// every time. Node 22 has module.enableCompileCache for this; Node 20, which hcdm supports, has
// only vm.Script's cachedData, and for scripts (CommonJS), not ES modules: hence a CJS bundle.
// The cache is an optimisation only: any failure to read or write it runs the bundle without it.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

const CACHE_SUFFIX = '.v8cache';

/** Where the cache lives: HCDM_CACHE_DIR, else $XDG_CACHE_HOME/hcdm, else ~/.cache/hcdm. */
function cacheDir(env: NodeJS.ProcessEnv): string {
  if (env.HCDM_CACHE_DIR) return env.HCDM_CACHE_DIR;
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'hcdm');
}

/** One cache file per build of the bundle and per Node: V8 rejects data of another version anyway. */
function cacheName(bundle: string): string {
  const { size, mtimeMs } = statSync(bundle);
  return `hcdm-${size}-${Math.trunc(mtimeMs)}-${process.version}-${process.arch}${CACHE_SUFFIX}`;
}

function readOrUndefined(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/**
 * Makes `dir` and its missing parents one by one. Not `mkdirSync(dir, { recursive: true })`:
 * Node 20's never returns for a folder under /proc (it retries ENOENT forever).
 */
function makeDir(dir: string): void {
  const missing: string[] = [];
  for (let at = dir; !existsSync(at) && dirname(at) !== at; at = dirname(at)) missing.unshift(at);
  for (const folder of missing) mkdirSync(folder);
}

/** Writes the cache whole or not at all (a rename), and removes the caches of earlier builds. */
function writeCache(dir: string, name: string, data: Buffer): void {
  try {
    makeDir(dir);
    const temporary = join(dir, `${name}.${process.pid}.tmp`);
    writeFileSync(temporary, data);
    renameSync(temporary, join(dir, name));
    for (const entry of readdirSync(dir)) {
      if (entry !== name && entry.startsWith('hcdm-') && entry.endsWith(CACHE_SUFFIX)) rmSync(join(dir, entry), { force: true });
    }
  } catch {
    // An unwritable cache folder only costs the next start its compile time.
  }
}

const bundle = fileURLToPath(new URL('./hcdm.program.js', import.meta.url));
const dir = cacheDir(process.env);
const name = cacheName(bundle);
const cachedData = readOrUndefined(join(dir, name));
const script = new Script(readFileSync(bundle, 'utf8'), { filename: bundle, cachedData });
// Made after the command ran, the cache holds the functions it compiled too, not only the top level.
if (cachedData === undefined || script.cachedDataRejected === true) {
  process.once('exit', () => writeCache(dir, name, script.createCachedData()));
}
const bundleModule = new Module(bundle);
bundleModule.filename = bundle;
const run = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: Module, filename: string, dirname: string) => void;
run(bundleModule.exports, createRequire(bundle), bundleModule, bundle, dirname(bundle));
