import { Command, Option } from 'commander';
import { readGlobalOptions } from '../global-options.js';
import { withDatabase } from '../database.open.js';
import { formatResult, OUTPUT_FORMATS, type OutputFormat } from '../output/result.format.js';
import { outputWidth } from '../output/output-width.js';

export function formatOption(): Option {
  return new Option('--format <format>', 'output format').choices(OUTPUT_FORMATS).default('table');
}

/** `hcdm query "COMMAND"`: one command of the language, its result on stdout. */
export function queryCommand(): Command {
  return new Command('query')
    .description('run one command and print its result')
    .argument('<command...>', 'a command, e.g. "show top 5 leads by call volume" (quotes optional; "help" lists them)')
    .addOption(formatOption())
    .addHelpText(
      'after',
      `
Examples:
  $ hcdm query "show top 5 leads by call volume"
  $ hcdm query "show top 3 listings by leads in last 30 days" --format json
  $ hcdm query "show customer activity summary for +91-9876543210" --format csv
  $ hcdm query help`,
    )
    .action(async (words: string[], options: { format: OutputFormat }, command: Command) => {
      await withDatabase(readGlobalOptions(command), 'existing', async (db) => {
        const result = await db.query(words.join(' '));
        process.stdout.write(formatResult(result, options.format, outputWidth(process.stdout)));
      });
    });
}
