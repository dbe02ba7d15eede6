import { Command, Option } from 'commander';
import { withDatabase } from '../database.open.js';
import { EXIT } from '../exit-codes.js';
import { readGlobalOptions } from '../global-options.js';
import type { OutputFormat } from '../output/result.format.js';
import { createResultPrinter } from '../output/result-printer.js';
import { outputGlyphs, outputWidth } from '../output/output-width.js';
import { checkedRows } from './check.rows.js';
import { intArgument } from './int-argument.js';
import { addOutputOptions, readOutputOptions } from './output.options.js';

/**
 * `hcdm check "COMMAND" --max-rows N`: runs a command (or a saved one, by name), prints its
 * result, and exits 3 when it has more than N rows, so cron or CI can act on the status.
 */
export function checkCommand(): Command {
  const command = new Command('check')
    .description('run a command (or a saved one) and exit with status 3 when its result has more than --max-rows rows')
    .argument('<command...>', 'a command, e.g. "show unreturned missed calls in last 1 days", or the name of a saved command')
    .addOption(new Option('--max-rows <n>', 'the most rows the result may have and pass (0: it must be empty)').argParser(intArgument(0)).makeOptionMandatory());
  return addOutputOptions(command)
    .addHelpText(
      'after',
      `
The result is printed (or written to --out) either way. When it has more rows than --max-rows, a
line on stderr says how many and the exit status is 3; otherwise 0. A summary counts as one row,
a heatmap as its hours with any activity, a bar chart as its bars above 0, a customer profile as
the rows of its sections.

Examples:
  $ hcdm check "show unreturned missed calls in last 1 days" --max-rows 0
  $ hcdm check missed-today --max-rows 0 --format csv     (a command saved in hcdm.config.json)
  crontab, every morning at 8, mailing the list when a missed call went unreturned:
  0 8 * * * cd /srv/crm && hcdm check "show unreturned missed calls in last 1 days" --max-rows 0 --format csv > missed.csv || mail -s "unreturned calls" sales@example.com < missed.csv`,
    )
    .action(async (words: string[], options: { maxRows: number; format: OutputFormat; out?: string }, self: Command) => {
      const global = readGlobalOptions(self);
      const text = words.join(' ');
      const print = createResultPrinter(readOutputOptions(options), { out: process.stdout, err: process.stderr, width: outputWidth(process.stdout), glyphs: outputGlyphs(process.stdout) });
      const rows = await withDatabase(global, 'existing', async (db) => {
        const result = Object.hasOwn(db.savedCommands, text) ? await db.runSaved(text) : await db.query(text);
        print(result);
        return checkedRows(result);
      });
      if (rows > options.maxRows) {
        process.stderr.write(`check failed: ${rows} row${rows === 1 ? '' : 's'}, more than --max-rows ${options.maxRows}\n`);
        process.exitCode = EXIT.checkFailed;
      }
    });
}
