import { formatCommand } from '@hcdm/analytics';
import { runAndShow, type MenuEntry } from './menu-context.js';

/** The command list, as `help` gives it everywhere else. */
export const help: MenuEntry = {
  label: 'Help',
  description: 'every command with an example (for "Type a command" and hcdm query)',
  run: (context) => runAndShow(context, formatCommand({ kind: 'help' })),
};
