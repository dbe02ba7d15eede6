import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { CALL_HEADER, callLines } from './calls.generator.js';
import { csvLine, writeCsvFile } from './csv-file.writer.js';
import { CUSTOMER_HEADER, customerFields } from './customers.generator.js';
import { LEAD_HEADER, leadFields } from './leads.generator.js';
import { LISTING_HEADER, listingFields } from './listings.generator.js';
import { planSample, type SamplePlan } from './sample.plan.js';
import { resolveSampleOptions, type SampleFile, type SampleFileKind, type SampleManifest, type SampleOptions } from './sample.options.js';
import { SMS_HEADER, smsLines } from './sms.generator.js';

interface FileSpec {
  kind: SampleFileKind;
  header: readonly string[];
  lines: Iterable<string>;
}

/**
 * Writes customers.csv, listings.csv, leads.csv, calls.csv and sms.csv into `dir` (created if
 * missing). The same seed and sizes give byte-identical files.
 */
export async function writeSample(dir: string, options: SampleOptions = {}): Promise<SampleManifest> {
  const resolved = resolveSampleOptions(options);
  const root = resolve(dir);
  await mkdir(root, { recursive: true });
  const total = resolved.customers + resolved.listings + resolved.leads + resolved.calls + resolved.sms;
  let written = 0;
  const onRows = (rows: number): void => {
    written += rows;
    options.onProgress?.(written, total);
  };
  const files: SampleFile[] = [];
  for (const spec of fileSpecs(planSample(resolved))) {
    const path = join(root, `${spec.kind}.csv`);
    files.push({ kind: spec.kind, path, rows: await writeCsvFile(path, spec.header, spec.lines, onRows) });
  }
  return { dir: root, files, seed: resolved.seed };
}

/** In the order an import needs them: customers and listings before what refers to them. */
function fileSpecs(plan: SamplePlan): FileSpec[] {
  const { customerIds, listingIds } = plan;
  return [
    { kind: 'customers', header: CUSTOMER_HEADER, lines: lazyMap(plan.customers, (c) => csvLine(customerFields(c))) },
    { kind: 'listings', header: LISTING_HEADER, lines: lazyMap(plan.listings, (l) => csvLine(listingFields(l))) },
    { kind: 'leads', header: LEAD_HEADER, lines: lazyMap(plan.leads, (l) => csvLine(leadFields(l, customerIds, listingIds))) },
    { kind: 'calls', header: CALL_HEADER, lines: callLines(plan.calls) },
    { kind: 'sms', header: SMS_HEADER, lines: smsLines(plan.sms) },
  ];
}

/** Lines made as the writer asks for them, not all at once. */
function* lazyMap<T>(items: readonly T[], line: (item: T) => string): Generator<string> {
  for (const item of items) yield line(item);
}
