import { customerActivity } from './customer-activity.menu.js';
import { help } from './help.menu.js';
import { importFiles } from './import-files.menu.js';
import { loadSample } from './load-sample.menu.js';
import type { MenuEntry } from './menu-context.js';
import { quit } from './quit.menu.js';
import { topLeads } from './top-leads.menu.js';
import { topListings } from './top-listings.menu.js';
import { typeCommand } from './type-command.menu.js';

/** The menu, in the order shown. Each entry builds a command of the language or loads data. */
export const commands = {
  topLeads,
  topListings,
  customerActivity,
  typeCommand,
  importFiles,
  loadSample,
  help,
  quit,
} as const satisfies Record<string, MenuEntry>;

export type MenuCommandName = keyof typeof commands;
