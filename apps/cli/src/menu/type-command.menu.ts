import { askText } from './ask.prompts.js';
import { runAndShow, type MenuEntry } from './menu-context.js';

/** Any command of the language, typed as in `hcdm query` (`help` lists them). */
export const typeCommand: MenuEntry = {
  label: 'Type a command',
  description: 'any command, as "hcdm query" takes it; "help" lists them',
  async run(context) {
    const command = await askText('Command', (text) => (text === '' ? 'type a command, or "help"' : true));
    return runAndShow(context, command);
  },
};
