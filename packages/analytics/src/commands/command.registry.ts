import { customerSummaryCommand } from './customer-summary.command.js';
import { makeHelpCommand, type CommandUsage } from './help.command.js';
import { listingsWithMostCommand } from './listings-with-most.command.js';
import { PERIOD_FORMS } from './period.parser.js';
import type { AnyCommandDefinition } from './query.types.js';
import { topLeadsCommand } from './top-leads.command.js';
import { topListingsCommand } from './top-listings.command.js';

/** Every form of the command language, in the order `help` lists them. */
export const COMMANDS: readonly AnyCommandDefinition[] = [
  topLeadsCommand,
  topListingsCommand,
  listingsWithMostCommand,
  customerSummaryCommand,
  makeHelpCommand(listCommands),
];

/** Every form with one example each: the commands, then the periods any of them may end with. */
export function listCommands(): CommandUsage[] {
  const commands = COMMANDS.map(({ usage, example, description }) => ({ command: usage, example, description }));
  const periods = PERIOD_FORMS.map(({ usage, example, description }) => ({ command: usage, example, description }));
  return [...commands, ...periods];
}
