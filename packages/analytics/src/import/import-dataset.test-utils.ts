import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RecordKind } from '@hcdm/import';

/** Rows per kind. */
export type DatasetSize = Readonly<Record<Exclude<RecordKind, 'tracking_numbers'>, number>>;

/**
 * Writes a consistent set of exports of the given size into `dir` (customers, listings, leads,
 * calls, sms .csv): every reference valid, ids `C1`.., timestamps in March 2026. `variant`
 * changes the values (names, durations, lengths) but not the ids, so importing another variant
 * over one updates rows. Deterministic: the same arguments write the same bytes.
 */
export function writeDataset(dir: string, size: DatasetSize, variant = 0): string[] {
  let seed = 7 + variant;
  const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
  const at = (index: number) => new Date(Date.UTC(2026, 2, 1) + index * 37_000 + next(3_600_000)).toISOString().replace('.000Z', 'Z');
  const files: Record<string, string[]> = {
    'customers.csv': ['customer_id,name,phone,email'],
    'listings.csv': ['property_id,title,location,price,bedrooms,kind'],
    'leads.csv': ['lead_id,customer_id,property_id,timestamp,status,source'],
    'calls.csv': ['call_id,customer_id,timestamp,duration,direction,status,property_id'],
    'sms.csv': ['sms_id,customer_id,timestamp,message_length,direction,property_id'],
  };
  const customer = () => `C${1 + next(size.customers)}`;
  const listing = () => `P${1 + next(size.listings)}`;
  for (let i = 1; i <= size.customers; i += 1) {
    files['customers.csv']!.push(`C${i},Customer ${i}${variant > 0 ? ` v${variant}` : ''},98${String(i).padStart(8, '0')},c${i}@example.com`);
  }
  for (let i = 1; i <= size.listings; i += 1) files['listings.csv']!.push(`P${i},"Flat ${i}, block ${i % 9}",Area ${i % 12},${100_000 + next(900_000)},${1 + next(4)},apartment`);
  for (let i = 1; i <= size.leads; i += 1) files['leads.csv']!.push(`L${i},${customer()},${listing()},${at(i * 3)},new,web`);
  for (let i = 1; i <= size.calls; i += 1) {
    const tag = next(4) === 0 ? listing() : '';
    files['calls.csv']!.push(`K${i},${customer()},${at(i)},${next(600) + variant},${next(3) ? 'inbound' : 'outbound'},${next(6) ? 'answered' : 'missed'},${tag}`);
  }
  for (let i = 1; i <= size.sms; i += 1) files['sms.csv']!.push(`S${i},${customer()},${at(i)},${10 + next(200) + variant},inbound,${next(5) === 0 ? listing() : ''}`);
  return Object.entries(files).map(([name, lines]) => {
    const path = join(dir, name);
    writeFileSync(path, `${lines.join('\n')}\n`);
    return path;
  });
}
