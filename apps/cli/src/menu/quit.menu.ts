import type { MenuEntry } from './menu-context.js';

export const quit: MenuEntry = {
  label: 'Quit',
  description: 'leave hcdm (Ctrl+C works anywhere too)',
  run: async () => 'quit',
};
