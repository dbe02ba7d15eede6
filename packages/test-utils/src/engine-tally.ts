import { appendFileSync } from 'node:fs';
import { beforeEach } from 'vitest';

/**
 * A file to which every engine-wide test that ran adds a line `<engine> <passed|failed>`, when
 * set (`.ci/run` sets it, and `scripts/engine-tally.mjs` sums it): vitest's totals add the
 * engines up, and a run on three engines is to say how each did.
 */
export const ENGINE_TALLY_VARIABLE = 'HCDM_TEST_ENGINE_TALLY';

/**
 * Registers, in the current suite, the tally of each of its tests on `engine`. Call it after the
 * hook that skips an engine that is not configured: a skipped test is not tallied.
 */
export function tallyEachTest(engine: string): void {
  const file = process.env[ENGINE_TALLY_VARIABLE]?.trim() ?? '';
  if (file === '') return;
  beforeEach(({ onTestFinished, task }) => {
    onTestFinished(() => appendFileSync(file, `${engine} ${task.result?.state === 'fail' ? 'failed' : 'passed'}\n`));
  });
}
