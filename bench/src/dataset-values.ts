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
  lead: 'SELECT lead_id FROM leads ORDER BY lead_id LIMIT 1 OFFSET 101',
  listing: 'SELECT property_id FROM listings ORDER BY property_id LIMIT 1 OFFSET 16',
  customer: 'SELECT customer_id FROM customers ORDER BY customer_id LIMIT 1',
  phone: 'SELECT phone FROM customers ORDER BY customer_id LIMIT 1',
  source: 'SELECT source FROM leads WHERE source IS NOT NULL GROUP BY source ORDER BY COUNT(*) DESC, source LIMIT 1',
  location: 'SELECT location FROM listings GROUP BY location ORDER BY COUNT(*) DESC, location LIMIT 1',
  agent: 'SELECT agent FROM leads WHERE agent IS NOT NULL GROUP BY agent ORDER BY COUNT(*) DESC, agent LIMIT 1',
};

/** All the values in one `hcdm sql` process (one subquery each), as an analyst would look them up; throws when the data lacks one. */
export function datasetValues(database: string): DatasetValues {
  const sql = `SELECT ${Object.entries(QUERIES).map(([name, query]) => `(${query}) AS ${name}`).join(', ')}`;
  const run = checked(runMeasured(hcdmBinary(), ['sql', sql, '--format', 'json', '--db', database]), 'hcdm sql (the benched values)');
  const row = (JSON.parse(run.stdout) as Record<string, unknown>[])[0] ?? {};
  for (const name of Object.keys(QUERIES)) {
    const value = row[name];
    if (typeof value !== 'string' || value === '') throw new Error(`the benchmark database has no ${name} for the benched commands (${QUERIES[name as keyof DatasetValues]})`);
  }
  return row as unknown as DatasetValues;
}

/** `{lead}`, `{agent}` ... in a benched command replaced by the dataset's values. */
export function withDatasetValues(command: string, values: DatasetValues): string {
  return command.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    if (!(name in values)) throw new Error(`bench: no dataset value for ${placeholder} in "${command}"`);
    return values[name as keyof DatasetValues];
  });
}
