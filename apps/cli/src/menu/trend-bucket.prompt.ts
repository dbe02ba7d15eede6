import type { Query } from '@hcdm/analytics';
import { askSelect } from './ask.prompts.js';

export type TrendBucket = Extract<Query, { kind: 'trend' }>['bucket'];

const BUCKETS = [
  { name: 'By day', value: 'day', description: 'one bar a day, in the configured time zone' },
  { name: 'By week', value: 'week', description: 'ISO weeks, Monday first (2026-W05)' },
  { name: 'By month', value: 'month', description: 'calendar months (2026-01)' },
] as const;

/** Asks how a trend cuts time; `offered` is highlighted first (a month for leads, which come slower). */
export async function askTrendBucket(offered: TrendBucket): Promise<TrendBucket> {
  return askSelect<TrendBucket>('Counted', BUCKETS, offered);
}
