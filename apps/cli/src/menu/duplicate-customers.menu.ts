import { formatCommand } from '@hcdm/analytics';
import { runAndShow, type MenuEntry } from './menu-context.js';

/** `show duplicate customers`: the pairs that look like one person, to merge with the next entry. */
export const duplicateCustomers: MenuEntry = {
  label: 'Duplicate customers',
  description: 'pairs that look like one person: same phone, same email, or same name with a phone spelled differently',
  async run(context) {
    return runAndShow(context, formatCommand({ kind: 'duplicate-customers' }));
  },
};
