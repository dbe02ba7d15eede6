import { Command } from 'commander';
import { withDatabase } from '../database.open.js';
import { readGlobalOptions } from '../global-options.js';
import { formatUnmerge } from '../output/customer-merge.format.js';

/** `hcdm unmerge C002`: undoes `hcdm merge C002 into ...`; one line says what moved back. */
export function unmergeCommand(): Command {
  return new Command('unmerge')
    .description('undo a merge: the alias is a customer again, with the leads, calls and SMS the merge moved')
    .argument('<alias>', 'a customer id merged into another, e.g. C002')
    .addHelpText(
      'after',
      `
Restores exactly what the merge changed: the customer row, and the leads, calls and SMS the
merge moved that are still with the customer it was merged into. Records imported after the
merge stay where they are.

Example:
  $ hcdm unmerge C002
  Unmerged C002 from C001: moved back 2 leads, 5 calls, 1 SMS`,
    )
    .action(async (alias: string, _options: object, self: Command) => {
      const global = readGlobalOptions(self);
      const merge = await withDatabase(global, 'existing', (db) => db.unmerge(alias));
      process.stdout.write(formatUnmerge(merge));
    });
}
