import { formatCommand } from '@hcdm/analytics';
import { askCustomer } from './customer.prompt.js';
import { askScope } from './scope.prompt.js';
import { runAndShow, type MenuEntry } from './menu-context.js';

/** `show customer activity summary for X [period]`; an unknown customer is the library's error, shown by the loop. */
export const customerActivity: MenuEntry = {
  label: 'Customer activity summary',
  description: "one customer's calls, SMS, leads and listings, by phone or customer id",
  async run(context) {
    const customer = await askCustomer(context.db.settings.defaultRegion);
    const scope = await askScope(context.db, { compare: true });
    return runAndShow(context, formatCommand({ kind: 'customer-summary', customer, ...scope }));
  },
};
