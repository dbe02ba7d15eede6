import { formatCommand } from '@hcdm/analytics';
import { askScope } from './scope.prompt.js';
import { runAndShow, type MenuEntry } from './menu-context.js';

/** `show speed to lead [period]`. */
export const speedToLead: MenuEntry = {
  label: 'Speed to lead',
  description: 'time from a lead to the first call or SMS to its customer: median, 90th percentile, shares',
  async run(context) {
    return runAndShow(context, formatCommand({ kind: 'speed-to-lead', ...(await askScope(context.db, { filters: true, compare: true })) }));
  },
};
