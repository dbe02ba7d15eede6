import { formatCommand } from '@hcdm/analytics';
import { askSelect } from './ask.prompts.js';
import { LISTING_METRICS } from './listing-metric.choices.js';
import { askScope } from './scope.prompt.js';
import { runAndShow, type MenuEntry } from './menu-context.js';

/** `show locations by METRIC [period]`: listings rolled up by location. */
export const locations: MenuEntry = {
  label: 'Locations',
  description: 'listings rolled up by location: leads, calls, SMS, inquirers',
  async run(context) {
    const metric = await askSelect('Rank locations by', LISTING_METRICS, 'leads');
    const scope = await askScope(context.db, { filters: true, compare: true });
    return runAndShow(context, formatCommand({ kind: 'location-rollup', metric, ...scope }));
  },
};
