import { Command } from 'commander';
import { withDatabase } from '../database.open.js';
import { readGlobalOptions } from '../global-options.js';
import { formatMerge } from '../output/customer-merge.format.js';

/** `hcdm merge C002 into C001`: one customer into another, the first kept as an alias; one line says what moved. */
export function mergeCommand(): Command {
  return new Command('merge')
    .description('merge one customer into another: its leads, calls and SMS move, its id stays as an alias')
    .argument('<from>', 'the customer id to merge away, e.g. C002')
    .argument('<into>', 'the word "into"')
    .argument('<customer>', 'the customer id to keep, e.g. C001')
    .addHelpText(
      'after',
      `
The customer merged away is kept as an alias: a command that names it (show customer activity
summary for C002) answers for the one it was merged into, and every analysis counts the two as
one. Calls and SMS are attributed again to the customer's leads. hcdm unmerge C002 restores
exactly what was there before. "show duplicate customers" lists the pairs to consider.

Examples:
  $ hcdm query "show duplicate customers"
  $ hcdm merge C002 into C001
  Merged C002 into C001: moved 2 leads, 5 calls, 1 SMS; hcdm unmerge C002 undoes it`,
    )
    .action(async (from: string, into: string, customer: string, _options: object, self: Command) => {
      if (into.toLowerCase() !== 'into') self.error(`error: write hcdm merge ${from} into ${customer}`);
      const global = readGlobalOptions(self);
      const merge = await withDatabase(global, 'existing', (db) => db.merge(from, customer));
      process.stdout.write(formatMerge(merge));
    });
}
