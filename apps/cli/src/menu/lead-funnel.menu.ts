import { formatCommand } from '@hcdm/analytics';
import { askScope } from './scope.prompt.js';
import { runAndShow, type MenuEntry } from './menu-context.js';

/** `show lead funnel [filters] [period]`: a source, location or agent chosen among the values stored, as for the rankings. */
export const leadFunnel: MenuEntry = {
  label: 'Lead funnel',
  description: 'leads per status in the stage order, and the share that reached each stage',
  async run(context) {
    const scope = await askScope(context.db, { filters: true });
    return runAndShow(context, formatCommand({ kind: 'lead-funnel', ...scope }));
  },
};
