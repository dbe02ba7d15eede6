// Measures importData on generated exports (not a test): build first, then
//   node packages/analytics/src/import/import-speed.measure.mjs [customers=10000] [calls=100000]
// Prints the time of a first import into an empty database and of a re-import of the same files.
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHcdmDataSource, DEFAULT_SETTINGS } from '@hcdm/core';
import { hcdmEntities, hcdmMigrations, importData } from '../../dist/index.js';

const customers = Number(process.argv[2] ?? 10_000);
const calls = Number(process.argv[3] ?? 100_000);
const listings = Math.max(1, Math.round(customers / 20));
const leads = customers * 2;
const start = Date.parse('2026-01-01T00:00:00Z');

// A fixed linear congruential generator, so every run measures the same data.
let seed = 42;
const next = (n) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);

function write(path, header, count, row) {
  const lines = [header];
  for (let i = 0; i < count; i += 1) lines.push(row(i));
  writeFileSync(path, `${lines.join('\n')}\n`);
}

const dir = mkdtempSync(join(tmpdir(), 'hcdm-speed-'));
const data = join(dir, 'exports');
try {
  rmSync(data, { recursive: true, force: true });
  (await import('node:fs')).mkdirSync(data);
  write(join(data, 'customers.csv'), 'customer_id,name,phone,email', customers, (i) => `C${i},Customer ${i},98${String(i).padStart(8, '0')},c${i}@example.com`);
  write(join(data, 'listings.csv'), 'property_id,title,location,price,bedrooms', listings, (i) => `P${i},Flat ${i},Area ${i % 40},${1_000_000 + next(9_000_000)},${1 + next(4)}`);
  write(join(data, 'leads.csv'), 'lead_id,customer_id,property_id,timestamp', leads, (i) =>
    `L${i},C${i % customers},P${next(listings)},${new Date(start + next(90 * 86_400) * 1000).toISOString()}`);
  write(join(data, 'calls.csv'), 'call_id,customer_id,timestamp,duration,direction,status,property_id', calls, (i) =>
    `K${i},C${next(customers)},${new Date(start + next(120 * 86_400) * 1000).toISOString()},${next(900)},${next(3) ? 'inbound' : 'outbound'},${next(5) ? 'answered' : 'missed'},${next(10) ? '' : `P${next(listings)}`}`);
  const bytes = ['customers', 'listings', 'leads', 'calls'].reduce((sum, kind) => sum + statSync(join(data, `${kind}.csv`)).size, 0);

  const dataSource = createHcdmDataSource({ database: join(dir, 'speed.sqlite'), entities: hcdmEntities, migrations: hcdmMigrations });
  await dataSource.initialize();
  await dataSource.runMigrations();
  const rows = customers + listings + leads + calls;
  for (const label of ['first import', 're-import (all unchanged)']) {
    const began = performance.now();
    const summary = await importData(dataSource, [data], { settings: DEFAULT_SETTINGS });
    const seconds = (performance.now() - began) / 1000;
    const counts = Object.entries(summary.kinds).map(([kind, c]) => `${kind} +${c.inserted} ~${c.updated} =${c.unchanged} !${c.rejected}`);
    console.log(`${label}: ${seconds.toFixed(2)} s for ${rows} rows (${Math.round(rows / seconds)} rows/s, ${(bytes / 1e6 / seconds).toFixed(1)} MB/s)`);
    console.log(`  ${counts.join('; ')}`);
  }
  await dataSource.destroy();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
