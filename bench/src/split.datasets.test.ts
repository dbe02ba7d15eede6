import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SampleManifest } from '@hcdm/sample';
import { makeTempDir } from '@hcdm/test-utils';
import { describe, expect, it } from 'vitest';
import { csvFields } from './dataset.split.js';
import { ensureHalves, ensureWeeklyBatch } from './split.datasets.js';

/**
 * Four customers, two listings (one with a comma in a quoted field), and leads, calls and SMS
 * in id order, as the sample writes them. The latest record of all is SMS S2 (December).
 */
const FILES = {
  customers: ['customer_id,name,phone,email', 'C1,A,+919800000001,', 'C2,B,+919800000002,', 'C3,C,+919800000003,', 'C4,D,+919800000004,'],
  listings: ['property_id,title,location,price,bedrooms,kind', 'P1,Flat,"Baner, Pune",100,2,apartment', 'P2,Plot,"Wakad, Pune",200,,plot'],
  leads: ['lead_id,customer_id,property_id,timestamp,status,source', 'L1,C3,P2,2026-01-01T10:00:00+05:30,new,web', 'L2,C1,P1,2026-02-01T10:00:00+05:30,new,web'],
  calls: [
    'call_id,customer_id,timestamp,duration,direction,status,property_id',
    'K1,C1,2026-01-05T10:00:00+05:30,10,inbound,answered,',
    'K2,C2,2026-03-05T10:00:00+05:30,10,inbound,answered,P1',
    'K3,C3,2026-04-05T10:00:00+05:30,10,inbound,answered,',
    'K4,C1,2026-05-05T10:00:00+05:30,10,inbound,answered,',
  ],
  sms: ['sms_id,customer_id,timestamp,message_length,direction,property_id', 'S1,C2,2026-06-01T10:00:00+05:30,20,inbound,', 'S2,C4,2026-12-01T10:00:00+05:30,20,inbound,P2'],
} as const;

function writeDataset(): SampleManifest {
  const dir = join(makeTempDir('hcdm-split-'), 'dataset');
  mkdirSync(dir, { recursive: true });
  const files = Object.entries(FILES).map(([kind, lines]) => {
    writeFileSync(join(dir, `${kind}.csv`), `${lines.join('\n')}\n`);
    return { kind: kind as keyof typeof FILES, path: join(dir, `${kind}.csv`), rows: lines.length - 1 };
  });
  return { dir, files, seed: 1 };
}

/** The ids of a split file's rows. */
const ids = (dir: string, kind: keyof typeof FILES) =>
  readFileSync(join(dir, `${kind}.csv`), 'utf8').trim().split('\n').slice(1).map((line) => line.split(',')[0]);

describe('the dataset splits', () => {
  it('cuts each file in halves by id, each half with the customers and listings its rows name', async () => {
    const halves = await ensureHalves(writeDataset());
    // First halves: customers C1 C2, listing P1, lead L1, calls K1 K2, SMS S1. L1 names C3 and P2, K2 names P1.
    expect(Object.fromEntries(Object.keys(FILES).map((kind) => [kind, ids(halves.base, kind as keyof typeof FILES)]))).toEqual({
      customers: ['C1', 'C2', 'C3'],
      listings: ['P1', 'P2'],
      leads: ['L1'],
      calls: ['K1', 'K2'],
      sms: ['S1'],
    });
    // Second halves: C3 C4, P2, L2 (C1, P1), K3 K4 (C3, C1), S2 (C4, P2).
    expect(Object.fromEntries(Object.keys(FILES).map((kind) => [kind, ids(halves.batch, kind as keyof typeof FILES)]))).toEqual({
      customers: ['C1', 'C3', 'C4'],
      listings: ['P1', 'P2'],
      leads: ['L2'],
      calls: ['K3', 'K4'],
      sms: ['S2'],
    });
    expect(readFileSync(join(halves.base, 'listings.csv'), 'utf8')).toBe(`${FILES.listings.join('\n')}\n`);
  });

  it('takes the last 1/52 of the records by time as the weekly batch, with what it names; the rest keeps every other row', async () => {
    const weekly = await ensureWeeklyBatch(writeDataset());
    // 12 records: round(12 / 52) = 0, at least 1: the latest, S2 (C4 on P2). C4 is named by it alone.
    expect([ids(weekly.batch, 'customers'), ids(weekly.batch, 'listings'), ids(weekly.batch, 'leads'), ids(weekly.batch, 'calls'), ids(weekly.batch, 'sms')]).toEqual([
      ['C4'],
      ['P2'],
      [],
      [],
      ['S2'],
    ]);
    expect([ids(weekly.base, 'customers'), ids(weekly.base, 'listings'), ids(weekly.base, 'leads'), ids(weekly.base, 'calls'), ids(weekly.base, 'sms')]).toEqual([
      ['C1', 'C2', 'C3'],
      ['P1', 'P2'],
      ['L1', 'L2'],
      ['K1', 'K2', 'K3', 'K4'],
      ['S1'],
    ]);
  });

  it('reads quoted CSV fields whole', () => {
    expect(csvFields('P1,"Baner, Pune","say ""hi""",')).toEqual(['P1', 'Baner, Pune', 'say "hi"', '']);
  });
});
