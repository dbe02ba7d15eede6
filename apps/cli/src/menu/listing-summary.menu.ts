import { formatCommand } from '@hcdm/analytics';
import { askId } from './id.prompt.js';
import { askScope } from './scope.prompt.js';
import { runAndShow, type MenuEntry } from './menu-context.js';

/** `show listing summary for P17 [period]`. */
export const listingSummary: MenuEntry = {
  label: 'Listing summary',
  description: "one listing's leads, calls, SMS, distinct inquirers, first and last inquiry",
  async run(context) {
    const propertyId = await askId('Property id', 'P17');
    const scope = await askScope(context.db, { compare: true });
    return runAndShow(context, formatCommand({ kind: 'listing-summary', propertyId, ...scope }));
  },
};
