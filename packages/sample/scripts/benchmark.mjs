// Times writeSample at benchmark size and reports peak memory. Run after `pnpm build`:
//   node scripts/benchmark.mjs [OUT_DIR]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeSample } from '../dist/index.js';

const dir = process.argv[2] ?? mkdtempSync(join(tmpdir(), 'hcdm-sample-bench-'));
const sizes = { customers: 20_000, listings: 2_000, leads: 200_000, calls: 1_000_000, sms: 1_000_000 };
let peakRss = 0;
const started = performance.now();
const manifest = await writeSample(dir, {
  ...sizes,
  onProgress: () => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  },
});
const seconds = (performance.now() - started) / 1000;
for (const file of manifest.files) console.log(`${file.kind.padEnd(9)} ${String(file.rows).padStart(9)} rows`);
console.log(`wrote ${Object.values(sizes).reduce((a, b) => a + b)} rows in ${seconds.toFixed(2)} s; peak RSS ${(peakRss / 2 ** 20).toFixed(0)} MiB`);
if (process.argv[2] === undefined) rmSync(dir, { recursive: true, force: true });
