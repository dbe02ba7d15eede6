import { formatMerge } from '../output/customer-merge.format.js';
import { askId } from './id.prompt.js';
import type { MenuEntry } from './menu-context.js';
import { withSpinner } from './analysis.spinner.js';

/** `hcdm merge FROM into INTO` from the menu; a refusal is the library's error, shown by the loop. */
export const mergeCustomers: MenuEntry = {
  label: 'Merge two customers',
  description: "one customer into another: its leads, calls and SMS move, its id stays as an alias (undo: Unmerge)",
  async run(context) {
    const from = await askId('Customer id to merge away', 'C002');
    const into = await askId(`Merge ${from} into which customer id`, 'C001');
    context.out.write(formatMerge(await withSpinner(context.err, `merging ${from} into ${into}`, () => context.db.merge(from, into))));
    return 'again';
  },
};
