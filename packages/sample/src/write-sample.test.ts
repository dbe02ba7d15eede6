import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { makeTempDir } from '@hcdm/test-utils';
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { describe, expect, it } from 'vitest';
import { SampleOptionsError } from './sample.errors.js';
import { readAll, readCsv } from './sample-files.test-utils.js';
import { writeSample } from './write-sample.js';

const KINDS = ['customers', 'listings', 'leads', 'calls', 'sms'] as const;

function contents(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).sort().map((name) => [name, readFileSync(join(dir, name), 'utf8')]));
}

describe('writeSample', () => {
  it("starts with the seed session's customer, so its documented lookup answers on sample data", async () => {
    const dir = makeTempDir();
    await writeSample(dir, { customers: 3, listings: 1, leads: 0, calls: 0, sms: 0 });
    const [header, first] = readFileSync(join(dir, 'customers.csv'), 'utf8').split('\n');
    expect(header).toBe('customer_id,name,phone,email');
    expect(first?.startsWith('C0001,Priya Sharma,+91-9876543210,')).toBe(true);
  });

  it('writes byte-identical files for the same seed and sizes, different ones for another seed', async () => {
    const first = makeTempDir();
    const second = makeTempDir();
    const other = makeTempDir();
    await writeSample(first, { seed: 7 });
    await writeSample(second, { seed: 7 });
    await writeSample(other, { seed: 8 });
    expect(contents(second)).toEqual(contents(first));
    for (const kind of KINDS) {
      expect(contents(other)[`${kind}.csv`]).not.toEqual(contents(first)[`${kind}.csv`]);
    }
  });

  it('changes only the calls when only the number of calls changes', async () => {
    const fewer = makeTempDir();
    const more = makeTempDir();
    await writeSample(fewer, { calls: 1000 });
    await writeSample(more, { calls: 1500 });
    const [a, b] = [contents(fewer), contents(more)];
    expect({ ...b, 'calls.csv': '' }).toEqual({ ...a, 'calls.csv': '' });
    expect(b['calls.csv']).not.toEqual(a['calls.csv']);
  });

  it('writes the five files with the sizes asked for and returns their manifest', async () => {
    const dir = join(makeTempDir(), 'nested', 'out');
    const sizes = { customers: 30, listings: 12, leads: 50, calls: 400, sms: 250 };
    const manifest = await writeSample(dir, { ...sizes, seed: 3 });
    expect(manifest).toEqual({
      dir,
      seed: 3,
      files: KINDS.map((kind) => ({ kind, path: join(dir, `${kind}.csv`), rows: sizes[kind] })),
    });
    for (const kind of KINDS) expect(readCsv(dir, kind).rows.length).toBe(sizes[kind]);
  });

  it('uses the documented defaults: 200 customers, 40 listings, 400 leads, 3000 calls, 2000 SMS', async () => {
    const manifest = await writeSample(makeTempDir());
    expect(manifest.seed).toBe(42);
    expect(manifest.files.map((file) => [file.kind, file.rows])).toEqual([
      ['customers', 200],
      ['listings', 40],
      ['leads', 400],
      ['calls', 3000],
      ['sms', 2000],
    ]);
  });

  it('writes the header of each entity and a full row under it everywhere', async () => {
    const dir = makeTempDir();
    await writeSample(dir);
    const files = readAll(dir);
    expect(Object.fromEntries(KINDS.map((kind) => [kind, files[kind].header]))).toEqual({
      customers: ['customer_id', 'name', 'phone', 'email'],
      listings: ['property_id', 'title', 'location', 'price', 'bedrooms', 'kind'],
      leads: ['lead_id', 'customer_id', 'property_id', 'timestamp', 'status', 'source', 'agent'],
      calls: ['call_id', 'customer_id', 'timestamp', 'duration', 'direction', 'status', 'property_id', 'agent'],
      sms: ['sms_id', 'customer_id', 'timestamp', 'message_length', 'direction', 'property_id', 'agent'],
    });
    // csv-parse refuses rows whose field count differs from the header's, so parsing is the check;
    // a quoted location ("Baner, Pune") must come back whole.
    expect(files.listings.rows.every((row) => /^[A-Za-z0-9 ]+, [A-Za-z ]+$/.test(row.location!))).toBe(true);
  });

  it('numbers ids from 1, zero padded to the default width or to the size', async () => {
    const dir = makeTempDir();
    await writeSample(dir, { customers: 3, listings: 1000, leads: 2, calls: 2, sms: 1 });
    const { customers, listings, leads, calls, sms } = readAll(dir);
    expect(customers.rows.map((row) => row.customer_id)).toEqual(['C0001', 'C0002', 'C0003']);
    expect([listings.rows[0]!.property_id, listings.rows[999]!.property_id]).toEqual(['P0001', 'P1000']);
    expect(leads.rows.map((row) => row.lead_id)).toEqual(['L0001', 'L0002']);
    expect(calls.rows.map((row) => row.call_id)).toEqual(['CALL000001', 'CALL000002']);
    expect(sms.rows.map((row) => row.sms_id)).toEqual(['SMS000001']);
  });

  it('reports progress up to every row of the five files', async () => {
    const seen: [number, number][] = [];
    await writeSample(makeTempDir(), { customers: 5, listings: 2, leads: 4, calls: 6, sms: 3, onProgress: (w, t) => seen.push([w, t]) });
    expect(seen).toEqual([
      [5, 20],
      [7, 20],
      [11, 20],
      [17, 20],
      [20, 20],
    ]);
  });

  it('rejects options that cannot make a sample, with the option, the reason and the value', async () => {
    const dir = makeTempDir();
    const cases: [object, string][] = [
      [{ customers: -1 }, 'customers: is not a whole number >= 0 (-1)'],
      [{ calls: 2.5 }, 'calls: is not a whole number >= 0 (2.5)'],
      [{ days: 0 }, 'days: is not a whole number >= 1 (0)'],
      [{ from: '2026-02-30' }, 'from: is not a date YYYY-MM-DD (2026-02-30)'],
      [{ seed: Number.NaN }, 'seed: is not an integer (NaN)'],
      [{ customers: 0 }, 'leads: needs at least one customer (400)'],
      [{ listings: 0 }, 'leads: needs at least one listing (400)'],
    ];
    for (const [options, message] of cases) {
      const failure = writeSample(dir, options);
      await expect(failure).rejects.toBeInstanceOf(SampleOptionsError);
      await expect(failure).rejects.toMatchObject({ code: 'INVALID_INPUT', message });
    }
  });

  it('writes an empty sample (headers only) when every size is 0', async () => {
    const dir = makeTempDir();
    await writeSample(dir, { customers: 0, listings: 0, leads: 0, calls: 0, sms: 0 });
    expect(readFileSync(join(dir, 'sms.csv'), 'utf8')).toBe('sms_id,customer_id,timestamp,message_length,direction,property_id,agent\n');
  });
});

describe('writeSample customers', () => {
  it('writes valid Indian mobiles in mixed spellings, unique once normalized', async () => {
    const dir = makeTempDir();
    await writeSample(dir);
    const phones = readCsv(dir, 'customers').rows.map((row) => row.phone!);
    const normalized = phones.map((raw) => {
      const parsed = parsePhoneNumberFromString(raw, 'IN');
      expect(parsed?.isPossible(), raw).toBe(true);
      return parsed!.number;
    });
    expect(normalized.every((e164) => /^\+91[6-9]\d{9}$/.test(e164))).toBe(true);
    expect(new Set(normalized).size).toBe(phones.length);
    // The last ten digits are the mobile; what stands before and between them is the spelling.
    const spellings = new Set(phones.map((raw) => raw.replace(/\d{5} ?\d{5}$/, (mobile) => mobile.replace(/\d/g, '9'))));
    expect(spellings).toEqual(
      new Set(['+91-99999 99999', '+91 99999 99999', '099999 99999', '9999999999', '+91-9999999999', '+919999999999']),
    );
  });

  it('gives most customers an email and a first and last name', async () => {
    const dir = makeTempDir();
    await writeSample(dir);
    const rows = readCsv(dir, 'customers').rows;
    const withEmail = rows.filter((row) => row.email !== '');
    expect(withEmail.length / rows.length).toBeGreaterThan(0.75);
    expect(withEmail.length).toBeLessThan(rows.length);
    expect(withEmail.every((row) => /^[^@\s]+@[^@\s]+\.[a-z.]+$/.test(row.email!))).toBe(true);
    expect(rows.every((row) => /^\S+( \S+)+$/.test(row.name!))).toBe(true);
  });
});
