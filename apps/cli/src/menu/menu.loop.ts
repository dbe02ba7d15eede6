import { describeError } from '../error-message.js';
import { askSelect, isPromptExit } from './ask.prompts.js';
import { commands, type MenuCommandName } from './menu.commands.js';
import type { MenuContext, MenuEntry } from './menu-context.js';

/**
 * Shows the menu until Quit or Ctrl+C. An entry that fails (an unknown phone, a rejected import)
 * prints its one-line error and the menu comes back; Ctrl+C in any prompt leaves quietly.
 */
export async function runMenu(context: MenuContext): Promise<void> {
  const names = (Object.keys(commands) as MenuCommandName[]).filter((name) => {
    const entry: MenuEntry = commands[name];
    return entry.available?.(context) ?? true;
  });
  const choices = names.map((name) => ({
    name: commands[name].label,
    value: name,
    description: commands[name].description,
  }));
  let last: MenuCommandName | undefined;
  try {
    for (;;) {
      last = await askSelect('What would you like to do?', choices, last);
      if ((await runEntry(context, last)) === 'quit') return;
    }
  } catch (error) {
    if (!isPromptExit(error)) throw error;
  }
}

async function runEntry(context: MenuContext, name: MenuCommandName): Promise<'again' | 'quit'> {
  try {
    return await commands[name].run(context);
  } catch (error) {
    if (isPromptExit(error)) throw error;
    context.err.write(`error: ${describeError(error).message}\n`);
    return 'again';
  }
}
