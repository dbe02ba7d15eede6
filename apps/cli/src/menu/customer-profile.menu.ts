import { DEFAULT_TIMELINE_LIMIT, formatCommand } from '@hcdm/analytics';
import { askWholeNumber } from './ask.prompts.js';
import { askCustomer } from './customer.prompt.js';
import { askPeriod, MAX_ROWS } from './period.prompt.js';
import { runAndShow, type MenuEntry } from './menu-context.js';

/** `show customer profile for X with timeline N [period]`. */
export const customerProfile: MenuEntry = {
  label: 'Customer profile',
  description: 'activity summary, leads with their scores, and the latest calls, SMS and leads',
  async run(context) {
    const customer = await askCustomer(context.db.settings.defaultRegion);
    const timelineLimit = await askWholeNumber('How many of the latest events?', DEFAULT_TIMELINE_LIMIT, MAX_ROWS);
    const period = await askPeriod();
    return runAndShow(context, formatCommand({ kind: 'customer-profile', customer, timelineLimit, period }));
  },
};
