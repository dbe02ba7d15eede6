import { hcdmBinary } from './hcdm-cli.js';
import { checked, runMeasured } from './process.measure.js';

/**
 * The ids and names the benched commands are about, read from the database benched, so the same
 * commands run on the full dataset and on the smoke one (whose ids are padded to its size):
 * the 102nd lead and the 17th listing by id, the first customer and its phone, and the commonest
 * lead source, listing location and lead agent.
 */
export interface DatasetValues {
  readonly lead: string;
  readonly listing: string;
  readonly customer: string;
  readonly phone: string;
  readonly source: string;
  readonly location: string;
  readonly agent: string;
}

const QUERIES: Record<keyof DatasetValues, string> = {
  lead: 'SELECT lead_id AS value FROM leads ORDER BY lead_id LIMIT 1 OFFSET 101',
  listing: 'SELECT property_id AS value FROM listings ORDER BY property_id LIMIT 1 OFFSET 16',
  customer: 'SELECT customer_id AS value FROM customers ORDER BY customer_id LIMIT 1',
  phone: 'SELECT phone AS value FROM customers ORDER BY customer_id LIMIT 1',
  source: 'SELECT source AS value FROM leads WHERE source IS NOT NULL GROUP BY source ORDER BY COUNT(*) DESC, source LIMIT 1',
  location: 'SELECT location AS value FROM listings GROUP BY location ORDER BY COUNT(*) DESC, location LIMIT 1',
  agent: 'SELECT agent AS value FROM leads WHERE agent IS NOT NULL GROUP BY agent ORDER BY COUNT(*) DESC, agent LIMIT 1',
};

/** Each value through `hcdm sql`, as an analyst would look it up; throws when the data has none. */
export function datasetValues(database: string): DatasetValues {
  const entries = Object.entries(QUERIES).map(([name, sql]) => {
    const run = checked(runMeasured(hcdmBinary(), ['sql', sql, '--format', 'json', '--db', database]), `hcdm sql ${sql}`);
    const rows = JSON.parse(run.stdout) as { value: string | null }[];
    const value = rows[0]?.value;
    if (typeof value !== 'string' || value === '') throw new Error(`the benchmark database has no ${name} for the benched commands (${sql})`);
    return [name, value] as const;
  });
  return Object.fromEntries(entries) as unknown as DatasetValues;
}

/** `{lead}`, `{agent}` ... in a benched command replaced by the dataset's values. */
export function withDatasetValues(command: string, values: DatasetValues): string {
  return command.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    if (!(name in values)) throw new Error(`bench: no dataset value for ${placeholder} in "${command}"`);
    return values[name as keyof DatasetValues];
  });
}
