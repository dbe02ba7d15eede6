import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** The built client: the child process below runs plain Node, and the worker starts only from the build. */
const CLIENT = new URL('../dist/parse-worker.client.js', import.meta.url).href;

/**
 * A program started as the `hcdm` bin starts (`--max-semi-space-size=2`), which first starts
 * (and stops) the import's parsing worker or not: then it churns through short-lived objects
 * until the young generation has grown as far as it may, in this thread and in a worker asking
 * for 16 MB of young generation, and prints both sizes in MB.
 */
function youngGenerations(startParsingWorker: boolean): { main: number; worker: number } {
  const churn = `let keep = []; for (let i = 0; i < 2e6; i += 1) { keep.push({ i, s: 'x' + i }); if (keep.length > 50000) keep = []; }
    const young = () => require('node:v8').getHeapSpaceStatistics().find((space) => space.space_name === 'new_space').space_size / 2 ** 20;`;
  const script = `
    import { createRequire } from 'node:module';
    import { Worker } from 'node:worker_threads';
    import { ParseWorkerClient } from ${JSON.stringify(CLIENT)};
    const require = createRequire(import.meta.url);
    if (${startParsingWorker}) await ParseWorkerClient.start().close();
    const worker = new Worker(\`const { parentPort } = require('node:worker_threads'); ${churn.replaceAll('`', '\\`')} parentPort.postMessage(young());\`,
      { eval: true, execArgv: [], resourceLimits: { maxYoungGenerationSizeMb: 16 } });
    const inWorker = await new Promise((resolve) => worker.once('message', resolve));
    ${churn}
    console.log(JSON.stringify({ main: young(), worker: inWorker }));`;
  const run = spawnSync(process.execPath, ['--max-semi-space-size=2', '--input-type=module', '-e', script], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as { main: number; worker: number };
}

describe('the young generation of workers, in a process started with --max-semi-space-size=2', () => {
  it('stays small in the main thread, while workers started once the parsing worker has cleared the flag grow their own past it', () => {
    const { main, worker } = youngGenerations(true);
    // Two halves of 2 MB at most in the main thread; the worker's resourceLimits allow 16 MB in all.
    expect(main).toBeLessThanOrEqual(4.5);
    expect(worker).toBeGreaterThan(8);
  });

  it('holds for a worker too when the flag is left set: the reason the parsing worker clears it', () => {
    expect(youngGenerations(false).worker).toBeLessThanOrEqual(4.5);
  });
});
