import { Command } from 'commander';
import { manPage } from '../man/man-page.js';
import { cliVersion } from '../version.js';

/** `hcdm man`: the hcdm(1) man page, made from the help text. */
export function manCommand(): Command {
  return new Command('man').description('print the hcdm(1) man page (roff), made from this help').addHelpText(
    'after',
    `
Examples:
  $ hcdm man | man -l -
  $ mkdir -p ~/.local/share/man/man1 && hcdm man > ~/.local/share/man/man1/hcdm.1 && man hcdm`,
  )
    .action((_options: unknown, self: Command) => {
      process.stdout.write(manPage(self.parent ?? self, cliVersion()));
    });
}
