import type { Command } from 'commander';
import { readGlobalOptions } from '../global-options.js';
import { withDatabase } from '../database.open.js';
import { outputWidth } from '../output/output-width.js';
import { runLineSession } from '../session/line-session.js';
import { openMenu } from './menu.command.js';

/**
 * `hcdm` alone: a person at a terminal gets the menu; a script piping commands on stdin gets
 * them run one a line, without prompt, with exit status 1 when any failed.
 */
export async function defaultAction(command: Command): Promise<void> {
  // With an action on the program, commander takes a mistyped command for an argument.
  if (command.args.length > 0) (command as unknown as { unknownCommand(): never }).unknownCommand();
  const options = readGlobalOptions(command);
  if (process.stdin.isTTY) return openMenu(options, false);
  process.exitCode = await withDatabase(options, 'existing', (db) =>
    runLineSession(db, { input: process.stdin, out: process.stdout, err: process.stderr, format: 'table', width: outputWidth(process.stdout), prompt: false }),
  );
}
