// Measures the listing and telecom insight commands (not a test): build first, then
//   node packages/analytics/src/analyses/insights-speed.measure.mjs EXPORTS_DIR [DB_PATH]
// EXPORTS_DIR holds the five CSV files (for example from `hcdm sample --out DIR` with large
// sizes). The files are imported into DB_PATH (a temp file by default) unless it already holds
// data; each command is run once to warm the page cache, then timed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../dist/index.js';

const [exportsDir, dbArg] = process.argv.slice(2);
if (!exportsDir) throw new Error('usage: insights-speed.measure.mjs EXPORTS_DIR [DB_PATH]');
const dir = dbArg ? null : mkdtempSync(join(tmpdir(), 'hcdm-insights-'));
const commands = [
  'show listing summary for P0001',
  'show listing summary for P0001 in last 30 days',
  'show locations by engagement',
  'show price bands by leads',
  'show price bands by engagement with bands 5000000,10000000,20000000',
  'show missed calls',
  'show unreturned missed calls',
  'show unreturned missed calls in last 7 days',
  'show new vs repeat callers in last 30 days',
  'show speed to lead',
  'show speed to lead in last 30 days',
  'show unreached leads',
];
try {
  const db = await openDatabase({ database: dbArg ?? join(dir, 'insights.sqlite'), configFile: false });
  if (await db.isEmpty()) {
    const began = performance.now();
    await db.import([exportsDir]);
    console.log(`import: ${((performance.now() - began) / 1000).toFixed(1)} s`);
  }
  for (const command of commands) {
    await db.query(command);
    const began = performance.now();
    const result = await db.query(command);
    console.log(`${command}: ${Math.round(performance.now() - began)} ms, ${result.rows.length} rows`);
  }
  await db.close();
} finally {
  if (dir) rmSync(dir, { recursive: true, force: true });
}
