import { formatCommand } from '@hcdm/analytics';
import { askSelect, askText } from './ask.prompts.js';
import { LISTING_METRICS } from './listing-metric.choices.js';
import { askScope } from './scope.prompt.js';
import { runAndShow, type MenuEntry } from './menu-context.js';

const BANDS = [
  { name: 'Quartiles of listing prices', value: 'quartiles', description: 'four bands with about as many listings each; no currency assumed' },
  { name: 'Edges I give', value: 'edges', description: 'prices where one band ends and the next begins, e.g. 5000000,10000000' },
] as const;

/** `show price bands by METRIC [with bands E1,E2,...] [period]`. */
export const priceBands: MenuEntry = {
  label: 'Price bands',
  description: 'listings rolled up by price band: quartiles, or edges you give',
  async run(context) {
    const metric = await askSelect('Rank price bands by', LISTING_METRICS, 'leads');
    const bands = await askSelect('Bands', BANDS);
    const edges = bands === 'edges' ? prices(await askText('Band edges (prices, comma-separated, increasing)', checkEdges)) : null;
    const scope = await askScope(context.db, { filters: true, compare: true });
    return runAndShow(context, formatCommand({ kind: 'price-band-rollup', metric, edges, ...scope }));
  },
};

/** Prices of 0 or more, each above the one before: what the command accepts. */
export function checkEdges(text: string): true | string {
  const parts = text.split(',').map((part) => part.trim());
  if (parts.some((part) => !/^\d+(\.\d+)?$/.test(part))) return 'type prices of 0 or more separated by commas, like 5000000,10000000';
  const prices = parts.map(Number);
  const drop = prices.findIndex((price, i) => i > 0 && price <= (prices[i - 1] ?? 0));
  return drop === -1 ? true : `each edge must be above the one before (${parts[drop - 1]}, then ${parts[drop]})`;
}

/** The edges as checked by {@link checkEdges}: `5000000, 10000000` is [5000000, 10000000]. */
function prices(text: string): number[] {
  return text.split(',').map((part) => Number(part.trim()));
}
