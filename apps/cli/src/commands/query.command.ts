import { Command } from 'commander';
import { readGlobalOptions } from '../global-options.js';
import { answerWithoutData } from '@hcdm/analytics';
import { withDatabase } from '../database.open.js';
import type { OutputFormat } from '../output/result.format.js';
import { createResultPrinter } from '../output/result-printer.js';
import { outputGlyphs, outputWidth } from '../output/output-width.js';
import { addOutputOptions, readOutputOptions } from './output.options.js';

/** `hcdm query "COMMAND"`: one command of the language, its result on stdout or in the --out file. */
export function queryCommand(): Command {
  const command = new Command('query')
    .description('run one command and print its result')
    .argument('<command...>', 'a command, e.g. "show top 5 leads by call volume" (quotes optional; "help" lists them)');
  return addOutputOptions(command)
    .addHelpText(
      'after',
      `
Examples:
  $ hcdm query "show top 5 leads by call volume"
  $ hcdm query "show top 3 listings by leads in last 30 days" --format json
  $ hcdm query "show customer activity summary for +91-9876543210" --format csv
  $ hcdm query "show missed calls in last 7 days" --format md --out missed.md
  $ hcdm query help`,
    )
    .action(async (words: string[], options: { format: OutputFormat; out?: string }, self: Command) => {
      const global = readGlobalOptions(self);
      const text = words.join(' ');
      const streams = { out: process.stdout, err: process.stderr, width: outputWidth(process.stdout), glyphs: outputGlyphs(process.stdout) };
      const print = createResultPrinter(readOutputOptions(options), streams);
      // help reads no data, so it answers where no database exists yet.
      const answer = await answerWithoutData(text);
      if (answer !== null) return print(answer);
      await withDatabase(global, 'existing', async (db) => print(await db.query(text)));
    });
}
