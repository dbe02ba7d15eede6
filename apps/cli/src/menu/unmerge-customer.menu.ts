import { formatUnmerge } from '../output/customer-merge.format.js';
import { askId } from './id.prompt.js';
import type { MenuEntry } from './menu-context.js';
import { withSpinner } from './analysis.spinner.js';

/** `hcdm unmerge ALIAS` from the menu: exactly what was there before the merge. */
export const unmergeCustomer: MenuEntry = {
  label: 'Unmerge a customer',
  description: 'undo a merge: the alias is a customer again, with what the merge moved',
  async run(context) {
    const alias = await askId('Customer id merged away', 'C002');
    context.out.write(formatUnmerge(await withSpinner(context.err, `unmerging ${alias}`, () => context.db.unmerge(alias))));
    return 'again';
  },
};
