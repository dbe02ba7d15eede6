import { agentsSection } from './agents.section.js';
import { callsAndSmsSection } from './calls-and-sms.section.js';
import { customersSection } from './customers.section.js';
import { help } from './help.menu.js';
import { importAndDataSection } from './import-and-data.section.js';
import { leadsSection } from './leads.section.js';
import { listingsSection } from './listings.section.js';
import type { MenuEntry } from './menu-context.js';
import { quit } from './quit.menu.js';
import { saveResult } from './save-result.menu.js';
import { savedCommands } from './saved-commands.menu.js';
import { typeCommand } from './type-command.menu.js';

/**
 * The main menu, in the order shown: the analyses grouped in sections (each its own short
 * list), then the entries that stand alone. Each analysis builds a command of the language.
 */
export const commands = {
  leads: leadsSection,
  listings: listingsSection,
  callsAndSms: callsAndSmsSection,
  agents: agentsSection,
  customers: customersSection,
  typeCommand,
  savedCommands,
  importAndData: importAndDataSection,
  saveResult,
  help,
  quit,
} as const satisfies Record<string, MenuEntry>;

export type MenuCommandName = keyof typeof commands;
