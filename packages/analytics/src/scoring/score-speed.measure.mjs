// Measures lead scoring on generated data (not a test): build first, then
//   node packages/analytics/src/scoring/score-speed.measure.mjs [customers=50000] [calls=1000000] [sms=500000]
// Imports customers, 2 leads each, calls and SMS into a temp database, then times the score commands.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../dist/index.js';

const customers = Number(process.argv[2] ?? 50_000);
const calls = Number(process.argv[3] ?? 1_000_000);
const sms = Number(process.argv[4] ?? 500_000);
const listings = Math.max(1, Math.round(customers / 20));
const leads = customers * 2;
const start = Date.parse('2026-01-01T00:00:00Z');

// A fixed-seed generator (mulberry32), so every run measures the same data, spread evenly:
// a plain LCG's low bits repeat with short periods and would crowd the records onto few leads.
let seed = 42;
const next = (n) => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
};
const instant = (days) => new Date(start + next(days * 86_400) * 1000).toISOString();

function write(path, header, count, row) {
  const lines = [header];
  for (let i = 0; i < count; i += 1) lines.push(row(i));
  writeFileSync(path, `${lines.join('\n')}\n`);
}

const dir = mkdtempSync(join(tmpdir(), 'hcdm-score-'));
const data = join(dir, 'exports');
try {
  mkdirSync(data);
  write(join(data, 'customers.csv'), 'customer_id,name,phone', customers, (i) => `C${i},Customer ${i},98${String(i).padStart(8, '0')}`);
  write(join(data, 'listings.csv'), 'property_id,title,location,price', listings, (i) => `P${i},Flat ${i},Area ${i % 40},${1_000_000 + next(9_000_000)}`);
  write(join(data, 'leads.csv'), 'lead_id,customer_id,property_id,timestamp', leads, (i) => `L${i},C${i % customers},P${next(listings)},${instant(90)}`);
  write(join(data, 'calls.csv'), 'call_id,customer_id,timestamp,duration', calls, (i) => `K${i},C${next(customers)},${instant(120)},${next(900)}`);
  write(join(data, 'sms.csv'), 'sms_id,customer_id,timestamp,message_length', sms, (i) => `S${i},C${next(customers)},${instant(120)},${next(160)}`);

  const db = await openDatabase({ database: join(dir, 'score.sqlite'), configFile: false });
  let began = performance.now();
  await db.import([data]);
  console.log(`import: ${((performance.now() - began) / 1000).toFixed(1)} s (${customers} customers, ${leads} leads, ${calls} calls, ${sms} SMS)`);
  const attributed = await db.dataSource.query('SELECT COUNT(DISTINCT attributed_lead_id) AS n FROM calls');
  console.log(`leads with attributed calls: ${attributed[0].n}`);
  for (const command of ['show top 10 leads by score', 'show hot leads', 'show top 10 leads by score in last 30 days', 'explain lead L1234']) {
    await db.query(command); // warm the page cache once
    began = performance.now();
    const result = await db.query(command);
    console.log(`${command}: ${Math.round(performance.now() - began)} ms, ${result.rows.length} rows`);
  }
  await db.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
