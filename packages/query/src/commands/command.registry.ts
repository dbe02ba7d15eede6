import { activityHeatmapCommand } from './activity-heatmap.command.js';
import { customerProfileCommand } from './customer-profile.command.js';
import { customerSummaryCommand } from './customer-summary.command.js';
import { explainLeadCommand } from './explain-lead.command.js';
import { makeHelpCommand, type CommandUsage } from './help.command.js';
import { leadScoreCommand } from './lead-score.command.js';
import { listingsWithMostCommand } from './listings-with-most.command.js';
import { PERIOD_FORMS } from './period.parser.js';
import type { AnyCommandDefinition } from './query.types.js';
import { tierLeadsCommand } from './tier-leads.command.js';
import { topLeadsCommand } from './top-leads.command.js';
import { topListingsCommand } from './top-listings.command.js';
import { callerNoveltyCommand } from './caller-novelty.command.js';
import { listingSummaryCommand } from './listing-summary.command.js';
import { locationRollupCommand } from './location-rollup.command.js';
import { missedCallsCommand } from './missed-calls.command.js';
import { priceBandRollupCommand } from './price-band-rollup.command.js';
import { speedToLeadCommand } from './speed-to-lead.command.js';
import { unreachedLeadsCommand } from './unreached-leads.command.js';
import { unreturnedMissedCallsCommand } from './unreturned-missed-calls.command.js';

/** Every form of the command language, in the order `help` lists them. */
export const COMMANDS: readonly AnyCommandDefinition[] = [
  topLeadsCommand,
  leadScoreCommand,
  tierLeadsCommand,
  explainLeadCommand,
  topListingsCommand,
  listingsWithMostCommand,
  customerSummaryCommand,
  customerProfileCommand,
  listingSummaryCommand,
  locationRollupCommand,
  priceBandRollupCommand,
  missedCallsCommand,
  unreturnedMissedCallsCommand,
  callerNoveltyCommand,
  speedToLeadCommand,
  unreachedLeadsCommand,
  activityHeatmapCommand,
  makeHelpCommand(listCommands),
];

/** Every form with one example each: the commands, then the periods any of them may end with. */
export function listCommands(): CommandUsage[] {
  const commands = COMMANDS.map(({ usage, example, description }) => ({ command: usage, example, description }));
  const periods = PERIOD_FORMS.map(({ usage, example, description }) => ({ command: usage, example, description }));
  return [...commands, ...periods];
}
