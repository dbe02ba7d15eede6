import { Command } from 'commander';
import { databaseLabel } from '@hcdm/core';
import { readGlobalOptions, type GlobalOptions } from '../global-options.js';
import { withDatabase } from '../database.open.js';
import { formatImportSummary } from '../output/import-summary.format.js';
import { outputGlyphs, outputWidth } from '../output/output-width.js';
import { loadSampleData } from '../sample-load.js';
import { newMenuState } from '../menu/menu-context.js';

/** Opens (or creates) the database and shows the menu; `withSample` first fills an empty one. */
export async function openMenu(options: GlobalOptions, withSample: boolean): Promise<void> {
  await withDatabase(options, 'create', async (db) => {
    const context = {
      db,
      databasePath: options.database,
      out: process.stdout,
      err: process.stderr,
      width: outputWidth(process.stdout),
      glyphs: outputGlyphs(process.stdout),
      state: newMenuState(),
    };
    if (withSample && (await db.isEmpty())) {
      process.stderr.write(`${databaseLabel(options.database)} is empty: loading sample data.\n`);
      process.stderr.write(formatImportSummary(await loadSampleData(db, options.database, process.stderr), context.width));
    }
    // Loaded here: inquirer is needed by the menu only, and queries start faster without it.
    const { runMenu } = await import('../menu/menu.loop.js');
    await runMenu(context);
  });
}

/** `hcdm menu`: the menu on the database as it is. */
export function menuCommand(): Command {
  return new Command('menu')
    .description('the interactive menu: leads, listings, calls & SMS, customers, any command, import, save a result')
    .addHelpText('after', '\nExample:\n  $ hcdm menu --db crm.sqlite\n\nCtrl+C leaves at any prompt.')
    .action(async (_options: object, command: Command) => openMenu(readGlobalOptions(command), false));
}

/** `hcdm start`: the menu, after loading sample data into an empty database. */
export function startCommand(): Command {
  return new Command('start')
    .description('the menu; an empty database first gets sample data (written to hcdm-sample/ beside it)')
    .addHelpText('after', '\nExample:\n  $ hcdm start            (what "pnpm start" runs, on ./hcdm.sqlite)')
    .action(async (_options: object, command: Command) => openMenu(readGlobalOptions(command), true));
}
