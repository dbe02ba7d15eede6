import { askSelect } from './ask.prompts.js';
import { runAndShow, type MenuEntry } from './menu-context.js';

const LABEL = 'Saved commands';
const BACK = 'back';

/** The config file's saved commands (`hcdm run NAME`), by name, each shown with its command; only when there are some. */
export const savedCommands: MenuEntry = {
  label: LABEL,
  description: 'the commands saved in hcdm.config.json, by name',
  available: (context) => Object.keys(context.db.savedCommands).length > 0,
  async run(context) {
    const saved = context.db.savedCommands;
    // Values apart from Back's, so a command saved as "back" is still a command.
    const choices = [
      ...Object.entries(saved).map(([name, command]) => ({ name, value: `saved:${name}`, description: command })),
      { name: 'Back', value: BACK, description: 'the main menu' },
    ];
    const chosen = await askSelect(`${LABEL}:`, choices, context.state.lastChoices.get(LABEL));
    if (chosen === BACK) return 'again';
    context.state.lastChoices.set(LABEL, chosen);
    return runAndShow(context, saved[chosen.slice('saved:'.length)] ?? '');
  },
};
