import { createReadStream, createWriteStream, existsSync, mkdirSync, rmSync, writeFileSync, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { SampleManifest } from '@hcdm/sample';
import type { SampleKind } from './bench.sizes.js';
import { fileOf } from './dataset.cache.js';

const DONE = 'split.done';

/** The kinds that happen at a time and name customers and listings; the rest are what they name. */
export const ACTIVITY_KINDS = ['leads', 'calls', 'sms'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/** A dataset cut in two: what the database holds first (`base`), and the files imported into it (`batch`), each a folder of the five files. */
export interface DatasetSplit {
  readonly base: string;
  readonly batch: string;
}

/** One lead, call or SMS as the split sees it: its place in its file, time, customer and listing. */
export interface ActivityRow {
  readonly kind: ActivityKind;
  /** 0 for the file's first data row, in the file's order (the sample writes rows in id order). */
  readonly index: number;
  /** Rows of this kind in the dataset. */
  readonly rows: number;
  readonly at: number;
  readonly customer: string;
  readonly listing: string;
}

export type Side = 'base' | 'batch';

/** How a split decides: each activity row's side, and each customer's or listing's own side (the side of the rows naming it is added). */
export interface SplitRule {
  activity(row: ActivityRow): Side;
  /** `referenced`: which sides' activity rows name the entity. */
  entity(kind: 'customers' | 'listings', index: number, rows: number, referenced: { base: boolean; batch: boolean }): Side;
}

/**
 * Writes `manifest`'s files cut in two by `rule` under `dir` (base/ and batch/), once: each
 * lead, call and SMS goes to one side, each customer and listing to its own side and to every
 * side whose rows name it, so each side imports on its own into an empty database (and a
 * customer or listing on both sides comes back unchanged). Lines are copied as they are.
 */
export async function ensureSplit(manifest: SampleManifest, dir: string, rule: SplitRule): Promise<DatasetSplit> {
  const split = { base: join(dir, 'base'), batch: join(dir, 'batch') };
  if (existsSync(join(dir, DONE))) return split;
  rmSync(dir, { recursive: true, force: true });
  for (const side of [split.base, split.batch]) mkdirSync(side, { recursive: true });
  const rowsOf = (kind: SampleKind) => manifest.files.find((file) => file.kind === kind)?.rows ?? 0;
  const named = { customers: { base: new Set<string>(), batch: new Set<string>() }, listings: { base: new Set<string>(), batch: new Set<string>() } };
  for (const kind of ACTIVITY_KINDS) {
    await copyLines(fileOf(manifest, kind), split, (fields, columns, index) => {
      const row = { kind, index, rows: rowsOf(kind), at: Date.parse(fields[columns.timestamp!]!), customer: fields[columns.customer_id!]!, listing: fields[columns.property_id!] ?? '' };
      const side = rule.activity(row);
      named.customers[side].add(row.customer);
      if (row.listing !== '') named.listings[side].add(row.listing);
      return [side];
    });
  }
  for (const kind of ['customers', 'listings'] as const) {
    const key = kind === 'customers' ? 'customer_id' : 'property_id';
    await copyLines(fileOf(manifest, kind), split, (fields, columns, index) => {
      const id = fields[columns[key]!]!;
      const referenced = { base: named[kind].base.has(id), batch: named[kind].batch.has(id) };
      const own = rule.entity(kind, index, rowsOf(kind), referenced);
      return (['base', 'batch'] as const).filter((side) => side === own || referenced[side]);
    });
  }
  writeFileSync(join(dir, DONE), '');
  return split;
}

/** Every data line of `from` (header kept on both sides) into the sides `route` names, in order; rows in id order checked. */
async function copyLines(
  from: string,
  split: DatasetSplit,
  route: (fields: string[], columns: Record<string, number>, index: number) => readonly Side[],
): Promise<void> {
  const name = from.slice(from.lastIndexOf('/') + 1);
  const outputs = { base: createWriteStream(join(split.base, name)), batch: createWriteStream(join(split.batch, name)) };
  const pending = { base: '', batch: '' };
  let columns: Record<string, number> | null = null;
  let index = 0;
  let previousId = '';
  for await (const line of createInterface({ input: createReadStream(from), crlfDelay: Number.POSITIVE_INFINITY })) {
    if (line === '') continue;
    const fields = csvFields(line);
    if (columns === null) {
      columns = Object.fromEntries(fields.map((field, at) => [field, at]));
      for (const side of ['base', 'batch'] as const) pending[side] += `${line}\n`;
      continue;
    }
    // The sample writes each file in id order (zero-padded ids): the first rows are the first ids.
    if (fields[0]! <= previousId) throw new Error(`${from}: ids out of order at ${fields[0]}`);
    previousId = fields[0]!;
    for (const side of route(fields, columns, index)) {
      pending[side] += `${line}\n`;
      if (pending[side].length >= 1 << 16) await flush(outputs[side], pending, side);
    }
    index += 1;
  }
  for (const side of ['base', 'batch'] as const) {
    await flush(outputs[side], pending, side);
    outputs[side].end();
    await once(outputs[side], 'finish');
  }
}

async function flush(output: WriteStream, pending: Record<Side, string>, side: Side): Promise<void> {
  const text = pending[side];
  pending[side] = '';
  if (text.length > 0 && !output.write(text)) await once(output, 'drain');
}

/** The fields of one CSV line: commas inside double quotes belong to the field, "" is a quote. */
export function csvFields(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let at = 0; at < line.length; at += 1) {
    const char = line[at]!;
    if (quoted) {
      if (char !== '"') field += char;
      else if (line[at + 1] === '"') {
        field += '"';
        at += 1;
      } else quoted = false;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      fields.push(field);
      field = '';
    } else field += char;
  }
  fields.push(field);
  return fields;
}
