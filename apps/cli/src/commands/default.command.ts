import { Command } from 'commander';
import { readGlobalOptions } from '../global-options.js';
import type { OutputFormat } from '../output/result.format.js';
import { openMenu } from './menu.command.js';
import { addOutputOptions } from './output.options.js';
import { runStdinSession } from './stdin-session.js';

/**
 * `hcdm` alone: a person at a terminal gets the menu; a script piping commands on stdin gets
 * them run one a line, without prompt, with exit status 1 when any failed. It is commander's
 * hidden default command rather than an action on the program, so that its `--format` and
 * `--out` do not take the program's place and swallow `hcdm sample --out DIR`.
 */
export function defaultCommand(): Command {
  const command = new Command('commands').description('hcdm without a command: the menu, or commands piped on stdin').allowExcessArguments(true);
  return addOutputOptions(command).action(async (options: { format: OutputFormat; out?: string }, self: Command) => {
    // Extra words mean a mistyped command: the program names it with a suggestion.
    if (self.args.length > 0) unknownCommand(self);
    const global = readGlobalOptions(self);
    if (process.stdin.isTTY) {
      if (self.getOptionValueSource('format') === 'cli' || options.out !== undefined) {
        self.error('error: --format and --out are for commands piped to hcdm; in the menu, use "Save the last result"');
      }
      return openMenu(global, false);
    }
    process.exitCode = await runStdinSession(global, options, false);
  });
}

function unknownCommand(self: Command): never {
  const program = self.parent as unknown as { args: string[]; unknownCommand(): never };
  program.args = self.args; // what commander names as the unknown command: the first word
  return program.unknownCommand();
}
