import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Where the child stops: at a fraction of a kind's bytes, or at an SQL statement (the nth one starting with `sql`). */
export type StopPoint =
  | { readonly kind: string; readonly fraction: number }
  | { readonly sql: string; readonly nth: number };

export interface ChildImport {
  readonly database: string;
  readonly paths: readonly string[];
  /** Parse files from this size in the worker (small files, so the worker is exercised). */
  readonly workerMinBytes?: number;
  /** How long the import waits while another writes (ImportOptions.waitSeconds); default: as long as it takes. */
  readonly waitSeconds?: number;
  /** SIGKILL itself there. */
  readonly killAt?: StopPoint;
  /** Print `paused` there, and carry on once `resumeFile` exists. */
  readonly pauseAt?: StopPoint;
  readonly resumeFile?: string;
  /** Run as this user (a test running as root drops to another user to be refused a write). */
  readonly uid?: number;
}

/**
 * An import in a child process of the built package (`dist`), so it can be killed or paused
 * at a chosen point while the test looks at the database. It prints `paused` when it pauses,
 * then `done <summary JSON>` or `error <code> <message>`, and last `rss <peak MB>`.
 */
const CHILD = `
  import { existsSync } from 'node:fs';
  import { openDatabase } from './dist/index.js';
  const job = JSON.parse(process.env.HCDM_CHILD_IMPORT);
  const reached = (point, kind, fraction) => point && point.kind === kind && fraction >= point.fraction;
  const sleeper = new Int32Array(new SharedArrayBuffer(4));
  const stop = (point) => {
    if (point === job.killAt) process.kill(process.pid, 'SIGKILL');
    process.stdout.write('paused\\n');
    while (!existsSync(job.resumeFile)) Atomics.wait(sleeper, 0, 0, 20);
    job.pauseAt = undefined;
  };
  const db = await openDatabase({ database: job.database });
  const raw = db.dataSource.driver.databaseConnection;
  const seen = new Map();
  for (const method of ['prepare', 'exec']) {
    const original = raw[method].bind(raw);
    raw[method] = (sql, ...rest) => {
      for (const point of [job.killAt, job.pauseAt]) {
        if (!point || !point.sql || !String(sql).trimStart().startsWith(point.sql)) continue;
        seen.set(point, (seen.get(point) ?? 0) + 1);
        if (seen.get(point) === point.nth) stop(point);
      }
      return original(sql, ...rest);
    };
  }
  const onProgress = (progress) => {
    const fraction = progress.bytesRead / progress.totalBytes;
    for (const point of [job.killAt, job.pauseAt]) if (reached(point, progress.kind, fraction)) stop(point);
  };
  try {
    const summary = await db.import(job.paths, { onProgress, workerMinBytes: job.workerMinBytes, waitSeconds: job.waitSeconds });
    process.stdout.write('done ' + JSON.stringify(summary.kinds) + '\\n');
  } catch (error) {
    process.stdout.write('error ' + error.code + ' ' + error.message + '\\n');
    process.exitCode = 1;
  } finally {
    await db.close();
  }
  process.stdout.write('rss ' + Math.round(process.resourceUsage().maxRSS / 1024) + '\\n');
`;

export interface ChildResult {
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Starts the child; `result` settles when it ends. */
export function startChildImport(job: ChildImport): { child: ChildProcess; result: Promise<ChildResult> } {
  const child = spawn(process.execPath, ['--input-type=module', '-e', CHILD], {
    cwd: PACKAGE_ROOT,
    env: { ...process.env, HCDM_CHILD_IMPORT: JSON.stringify(job) },
    ...(job.uid === undefined ? {} : { uid: job.uid, gid: job.uid }),
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const result = once(child, 'close').then(([, signal]) => ({ signal: signal as NodeJS.Signals | null, stdout, stderr }));
  return { child, result };
}

export async function runChildImport(job: ChildImport): Promise<ChildResult> {
  return startChildImport(job).result;
}

/** Resolves once the child has printed `paused`. */
export async function pausedIn(child: ChildProcess): Promise<void> {
  let seen = '';
  await new Promise<void>((done, fail) => {
    const onData = (chunk: Buffer) => {
      seen += chunk.toString();
      if (seen.includes('paused\n')) {
        child.stdout?.off('data', onData);
        done();
      }
    };
    child.stdout?.on('data', onData);
    child.once('close', () => fail(new Error(`the import ended without pausing: ${seen}`)));
  });
}

/** The child's `done` summary, or its `error` line, and its peak RSS in MB. */
export function outcomeOf(result: ChildResult): { done: unknown; error: string | null; rssMb: number | null } {
  const done = /^done (.*)$/m.exec(result.stdout)?.[1];
  const error = /^error (.*)$/m.exec(result.stdout)?.[1] ?? null;
  const rss = /^rss (\d+)$/m.exec(result.stdout)?.[1];
  return { done: done === undefined ? null : JSON.parse(done), error, rssMb: rss === undefined ? null : Number(rss) };
}
