import { Command } from 'commander';
import { readGlobalOptions } from '../global-options.js';
import type { OutputFormat } from '../output/result.format.js';
import { addOutputOptions } from './output.options.js';
import { runStdinSession } from './stdin-session.js';

/** `hcdm repl`: the `> ` prompt; each line a command, errors shown and the loop goes on. */
export function replCommand(): Command {
  const command = new Command('repl').description('the "> " prompt: type commands one by one ("help" lists them; exit, quit or Ctrl+D leave)');
  return addOutputOptions(command)
    .addHelpText(
      'after',
      `
With --out, every result is written to the file (the first replaces it, the next are added after
it) and a line on stderr says so.

Examples:
  $ hcdm repl
  > show top 5 leads by call volume
  > exit
  $ hcdm repl --format csv < commands.txt   (without a terminal: no prompt)
  $ hcdm repl --format md --out report.md`,
    )
    .action(async (options: { format: OutputFormat; out?: string }, self: Command) => {
      const interactive = Boolean(process.stdin.isTTY);
      process.exitCode = await runStdinSession(readGlobalOptions(self), options, interactive);
      // At a terminal a failed command was already shown; the session itself went fine.
      if (interactive) process.exitCode = 0;
    });
}
