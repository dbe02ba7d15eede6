import type { ListResult, SavedCommands } from '@hcdm/analytics';

/** The saved commands as a list result (name, command), so `hcdm run` prints them in any format. */
export function savedCommandsList(saved: SavedCommands): ListResult {
  return {
    shape: 'list',
    command: 'run',
    title: 'Saved commands',
    columns: [
      { key: 'name', header: 'Name', align: 'left' },
      { key: 'command', header: 'Command', align: 'left' },
    ],
    rows: Object.entries(saved).map(([name, command]) => ({ name, command })),
  };
}
