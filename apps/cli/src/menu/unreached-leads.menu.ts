import { formatCommand } from '@hcdm/analytics';
import { askScope } from './scope.prompt.js';
import { runAndShow, type MenuEntry } from './menu-context.js';

/** `show unreached leads [period]`. */
export const unreachedLeads: MenuEntry = {
  label: 'Unreached leads',
  description: 'leads never followed by an outbound call or SMS to their customer',
  async run(context) {
    return runAndShow(context, formatCommand({ kind: 'unreached-leads', ...(await askScope(context.db, { filters: true })) }));
  },
};
