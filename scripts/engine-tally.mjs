// Sums the file of HCDM_TEST_ENGINE_TALLY (one line `<engine> <passed|failed>` per engine-wide
// test that ran; packages/test-utils/src/engine-tally.ts writes it) into one line per engine,
// for .ci/run to print above its totals: vitest's own totals add the engines up.
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const ENGINES = ['sqlite', 'postgres', 'citus'];

/** `by engine: sqlite 10 passed, 0 failed; postgres ...` from the tally's text; an engine with no test says 0. */
export function engineTally(text) {
  const counts = new Map(ENGINES.map((engine) => [engine, { passed: 0, failed: 0 }]));
  for (const line of text.split('\n')) {
    const [engine, outcome] = line.trim().split(' ');
    if (engine === undefined || engine === '' || (outcome !== 'passed' && outcome !== 'failed')) continue;
    if (!counts.has(engine)) counts.set(engine, { passed: 0, failed: 0 });
    counts.get(engine)[outcome] += 1;
  }
  return `by engine: ${[...counts].map(([engine, { passed, failed }]) => `${engine} ${passed} passed, ${failed} failed`).join('; ')}`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const path = process.argv[2] ?? '';
  process.stdout.write(`${engineTally(path !== '' && existsSync(path) ? readFileSync(path, 'utf8') : '')}\n`);
}
