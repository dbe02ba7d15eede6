import { SampleOptionsError } from './sample.errors.js';

export type SampleFileKind = 'customers' | 'listings' | 'leads' | 'calls' | 'sms';

export interface SampleOptions {
  /** Same seed and sizes give byte-identical files. Default 42. */
  seed?: number;
  customers?: number;
  listings?: number;
  leads?: number;
  calls?: number;
  sms?: number;
  /** First day of the window, a calendar date in IST (`2026-01-01`). */
  from?: string;
  /** Length of the window in days. */
  days?: number;
  /** Called as rows reach the files: rows written so far, rows in all five files. */
  onProgress?: (written: number, total: number) => void;
}

export interface SampleFile {
  kind: SampleFileKind;
  path: string;
  rows: number;
}

export interface SampleManifest {
  dir: string;
  files: SampleFile[];
  seed: number;
}

export type ResolvedSampleOptions = Required<Omit<SampleOptions, 'onProgress'>>;

export const SAMPLE_DEFAULTS: Readonly<ResolvedSampleOptions> = {
  seed: 42,
  customers: 200,
  listings: 40,
  leads: 400,
  calls: 3000,
  sms: 2000,
  from: '2026-01-01',
  days: 180,
};

const COUNTS = ['customers', 'listings', 'leads', 'calls', 'sms'] as const;

/** Fills in defaults and rejects options that cannot give a consistent sample. */
export function resolveSampleOptions(options: SampleOptions = {}): ResolvedSampleOptions {
  const resolved = { ...SAMPLE_DEFAULTS };
  for (const key of Object.keys(SAMPLE_DEFAULTS) as (keyof ResolvedSampleOptions)[]) {
    if (options[key] !== undefined) Object.assign(resolved, { [key]: options[key] });
  }
  if (!Number.isSafeInteger(resolved.seed)) throw new SampleOptionsError('seed', 'is not an integer', resolved.seed);
  for (const key of COUNTS) {
    const value = resolved[key];
    if (!Number.isSafeInteger(value) || value < 0) {
      throw new SampleOptionsError(key, 'is not a whole number >= 0', value);
    }
  }
  if (!Number.isSafeInteger(resolved.days) || resolved.days < 1) {
    throw new SampleOptionsError('days', 'is not a whole number >= 1', resolved.days);
  }
  if (!isCalendarDate(resolved.from)) throw new SampleOptionsError('from', 'is not a date YYYY-MM-DD', resolved.from);
  checkReferences(resolved);
  return resolved;
}

function checkReferences(options: ResolvedSampleOptions): void {
  if (options.customers === 0) {
    for (const key of ['leads', 'calls', 'sms'] as const) {
      if (options[key] > 0) throw new SampleOptionsError(key, 'needs at least one customer', options[key]);
    }
  }
  if (options.listings === 0 && options.leads > 0) {
    throw new SampleOptionsError('leads', 'needs at least one listing', options.leads);
  }
}

function isCalendarDate(text: unknown): text is string {
  if (typeof text !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  // Date rolls 2026-02-30 over to March; a real date reads back unchanged.
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}
