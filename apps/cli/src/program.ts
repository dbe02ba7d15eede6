import { Command } from 'commander';
import { addGlobalOptions } from './global-options.js';
import { PROGRAM_EPILOG } from './help-text.js';
import { defaultCommand } from './commands/default.command.js';
import { importCommand } from './commands/import.command.js';
import { menuCommand, startCommand } from './commands/menu.command.js';
import { queryCommand } from './commands/query.command.js';
import { replCommand } from './commands/repl.command.js';
import { sampleCommand } from './commands/sample.command.js';
import { sqlCommand } from './commands/sql.command.js';
import { runCommand } from './commands/run.command.js';
import { checkCommand } from './commands/check.command.js';
import { completionCommand } from './commands/completion.command.js';
import { manCommand } from './commands/man.command.js';
import { mergeCommand } from './commands/merge.command.js';
import { unmergeCommand } from './commands/unmerge.command.js';

/**
 * The whole command line. Commander's own errors (unknown option, missing argument) are put on
 * one line and end with status 1; `exitOverride` hands them to main instead of exiting here.
 */
export function buildProgram(version: string): Command {
  const program = addGlobalOptions(new Command('hcdm'))
    .exitOverride()
    .configureOutput({ outputError: (text, write) => write(`${text.trim().replace(/\s*\n\s*/g, ' ')}\n`) })
    .description('hcdm: the Hybrid Customer Database Manager. Calls, SMS, leads and listings in one database.')
    .version(version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .showSuggestionAfterError(true)
    .configureHelp({ showGlobalOptions: true })
    .addHelpText('after', PROGRAM_EPILOG);
  for (const command of [queryCommand(), sqlCommand(), runCommand(), checkCommand(), importCommand(), mergeCommand(), unmergeCommand(), sampleCommand(), replCommand(), menuCommand(), startCommand(), completionCommand(), manCommand()]) {
    // addCommand does not inherit settings as .command() does: error output, help, suggestions.
    program.addCommand(command.copyInheritedSettings(program).allowExcessArguments(false));
  }
  // Without a command: the menu, or commands on stdin (its words reach it, to name a mistyped command).
  program.addCommand(defaultCommand().copyInheritedSettings(program).allowExcessArguments(true), { isDefault: true, hidden: true });
  return program;
}
