import { formatCommand } from '@hcdm/analytics';
import { askSelect, askWholeNumber } from './ask.prompts.js';
import { LISTING_METRICS } from './listing-metric.choices.js';
import { MAX_ROWS } from './period.prompt.js';
import { askScope } from './scope.prompt.js';
import { runAndShow, type MenuEntry } from './menu-context.js';

/** `show top N listings by METRIC [filters] [period] [compared with previous period]`, asked step by step. */
export const topListings: MenuEntry = {
  label: 'Top listings',
  description: 'the listings that draw the most inquiries',
  async run(context) {
    const metric = await askSelect('Rank listings by', LISTING_METRICS);
    const limit = await askWholeNumber('How many listings?', 10, MAX_ROWS);
    const scope = await askScope(context.db, { filters: true, compare: true });
    return runAndShow(context, formatCommand({ kind: 'top-listings', metric, limit, ...scope }));
  },
};
