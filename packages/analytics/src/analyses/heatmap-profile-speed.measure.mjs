// Measures the activity heatmap and the customer profile (not a test): build first, then
//   node packages/analytics/src/analyses/heatmap-profile-speed.measure.mjs EXPORTS_DIR [DB_PATH]
// EXPORTS_DIR holds the five CSV files (for example from `hcdm sample --out DIR` with large
// sizes). The files are imported into DB_PATH (a temp file by default) unless it already holds
// data; each command is run once to warm the page cache, then timed three times.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../dist/index.js';

const [exportsDir, dbArg] = process.argv.slice(2);
if (!exportsDir) throw new Error('usage: heatmap-profile-speed.measure.mjs EXPORTS_DIR [DB_PATH]');
const dir = dbArg ? null : mkdtempSync(join(tmpdir(), 'hcdm-heatmap-'));
try {
  const db = await openDatabase({ database: dbArg ?? join(dir, 'heatmap.sqlite'), configFile: false });
  if (await db.isEmpty()) {
    const began = performance.now();
    await db.import([exportsDir]);
    console.log(`import: ${((performance.now() - began) / 1000).toFixed(1)} s`);
  }
  // The busiest caller, and the first customer as a typical one.
  const [busiest] = await db.dataSource.query('SELECT customer_id AS id, COUNT(*) AS n FROM calls GROUP BY customer_id ORDER BY n DESC LIMIT 1');
  const [first] = await db.dataSource.query('SELECT customer_id AS id FROM customers ORDER BY customer_id LIMIT 1');
  const commands = [
    'show call heatmap',
    'show call heatmap in Asia/Kolkata',
    'show call heatmap in America/New_York',
    'show sms heatmap in Asia/Kathmandu',
    'show call heatmap in Asia/Kolkata in last 30 days',
    `show customer profile for ${busiest.id}`,
    `show customer profile for ${first.id}`,
    `show customer profile for ${first.id} with timeline 200 in last 30 days`,
  ];
  for (const command of commands) {
    await db.query(command);
    const times = [];
    for (let round = 0; round < 3; round += 1) {
      const began = performance.now();
      await db.query(command);
      times.push(Math.round(performance.now() - began));
    }
    console.log(`${command}: ${times.join(', ')} ms`);
  }
  await db.close();
} finally {
  if (dir) rmSync(dir, { recursive: true, force: true });
}
