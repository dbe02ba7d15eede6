import { createReadStream, createWriteStream, existsSync, mkdirSync, copyFileSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { SampleManifest } from '@hcdm/sample';
import { fileOf } from './dataset.cache.js';

const DONE = 'phone-keyed.done';

/**
 * The dataset as a phone system would export it: the CRM's customers, listings and leads as
 * they are, and the calls and SMS naming each customer by phone instead of customer_id, its
 * number spelled three ways in turn (`+91-98765-43210`, `098765 43210`, `+919876543210`).
 * Made once beside the dataset, from its files. For the bench row that compares importing it
 * with importing the id-keyed files (issue 12: at most 1.15x).
 */
export async function ensurePhoneKeyedDataset(manifest: SampleManifest): Promise<string> {
  const dir = `${manifest.dir}-phone-keyed`;
  if (existsSync(join(dir, DONE))) return dir;
  mkdirSync(dir, { recursive: true });
  for (const kind of ['customers', 'listings', 'leads'] as const) copyFileSync(fileOf(manifest, kind), join(dir, `${kind}.csv`));
  const phones = new Map<string, string>();
  for await (const line of lines(fileOf(manifest, 'customers'))) {
    const [id, , phone] = line.split(',');
    if (id !== undefined && id !== 'customer_id' && phone !== undefined) phones.set(id, phone);
  }
  for (const kind of ['calls', 'sms'] as const) await rewrite(fileOf(manifest, kind), join(dir, `${kind}.csv`), phones);
  writeFileSync(join(dir, DONE), '');
  return dir;
}

/** The file with its customer_id column (the second) replaced by the customer's phone. */
async function rewrite(from: string, to: string, phones: ReadonlyMap<string, string>): Promise<void> {
  const out = createWriteStream(to);
  let row = 0;
  let chunk = '';
  for await (const line of lines(from)) {
    const fields = line.split(',');
    if (row === 0) fields[1] = 'phone';
    else fields[1] = spelled(phones.get(fields[1]!) ?? '', row);
    chunk += `${fields.join(',')}\n`;
    row += 1;
    if (chunk.length < 1 << 16) continue;
    const flushed = out.write(chunk);
    chunk = '';
    if (!flushed) await once(out, 'drain');
  }
  out.end(chunk);
  await once(out, 'finish');
}

/** One of three spellings of a number, by row: how one export writes it differs from another's. */
function spelled(phone: string, row: number): string {
  const digits = phone.replace(/\D/g, '').slice(-10);
  if (digits.length < 10) return phone;
  switch (row % 3) {
    case 0:
      return `+91-${digits.slice(0, 5)}-${digits.slice(5)}`;
    case 1:
      return `0${digits.slice(0, 5)} ${digits.slice(5)}`;
    default:
      return `+91${digits}`;
  }
}

function lines(path: string): AsyncIterable<string> {
  return createInterface({ input: createReadStream(path), crlfDelay: Number.POSITIVE_INFINITY });
}
