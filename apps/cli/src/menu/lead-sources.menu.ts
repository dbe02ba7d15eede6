import { formatCommand } from '@hcdm/analytics';
import { askSelect } from './ask.prompts.js';
import { askScope } from './scope.prompt.js';
import { runAndShow, type MenuEntry } from './menu-context.js';

const METRICS = [
  { name: 'Leads', value: 'leads', description: 'leads from the source' },
  { name: 'Engagement', value: 'engagement', description: "calls + SMS attributed to the source's leads" },
  { name: 'Speed to lead', value: 'speedToLead', description: 'median time to the first outbound call or SMS, fastest first' },
  { name: 'Conversion', value: 'conversion', description: 'won leads over leads' },
] as const;

/** `show sources by METRIC [filters] [period]`: every source, so no count is asked. */
export const leadSources: MenuEntry = {
  label: 'Lead sources',
  description: 'each source with its leads, engagement, speed to lead and conversion',
  async run(context) {
    const metric = await askSelect('Rank sources by', METRICS);
    const scope = await askScope(context.db, { filters: true });
    return runAndShow(context, formatCommand({ kind: 'lead-sources', metric, limit: null, ...scope }));
  },
};
