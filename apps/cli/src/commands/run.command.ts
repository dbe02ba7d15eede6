import { Command } from 'commander';
import { readSavedCommands } from '@hcdm/analytics';
import { configFileFor } from '../config-file.path.js';
import { withDatabase } from '../database.open.js';
import { readGlobalOptions } from '../global-options.js';
import type { OutputFormat } from '../output/result.format.js';
import { createResultPrinter } from '../output/result-printer.js';
import { outputGlyphs, outputWidth } from '../output/output-width.js';
import { savedCommandsList } from './saved-commands.list.js';
import { addOutputOptions, readOutputOptions } from './output.options.js';

/** `hcdm run NAME`: a command saved under `commands` in hcdm.config.json; without a name, the list of them. */
export function runCommand(): Command {
  const command = new Command('run')
    .description('run a command saved in hcdm.config.json by its name; without a name, list the saved commands')
    .argument('[name]', 'the name of a saved command, e.g. weekly');
  return addOutputOptions(command)
    .addHelpText(
      'after',
      `
Saved commands are the "commands" of the config file (hcdm.config.json beside the database, or
--config FILE), each a name and a command of the language:
  { "commands": { "weekly": "show top 10 leads by score in last 7 days" } }

Examples:
  $ hcdm run                     list the saved commands
  $ hcdm run weekly
  $ hcdm run weekly --format csv --out weekly.csv`,
    )
    .action(async (name: string | undefined, options: { format: OutputFormat; out?: string }, self: Command) => {
      const global = readGlobalOptions(self);
      const print = createResultPrinter(readOutputOptions(options), { out: process.stdout, err: process.stderr, width: outputWidth(process.stdout), glyphs: outputGlyphs(process.stdout) });
      if (name === undefined) {
        // Listing reads only the config file: it needs no database.
        const configFile = configFileFor(global.database, global.configFile);
        const saved = readSavedCommands(configFile);
        if (Object.keys(saved).length > 0) return print(savedCommandsList(saved));
        process.stderr.write(`no saved commands${configFile === undefined ? ' (no hcdm.config.json)' : ` in ${configFile}`}: add them as "commands": { "weekly": "show top 10 leads by score in last 7 days" }\n`);
        return;
      }
      await withDatabase(global, 'existing', async (db) => print(await db.runSaved(name)));
    });
}
