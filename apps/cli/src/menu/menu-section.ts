import { askSelect } from './ask.prompts.js';
import type { MenuEntry } from './menu-context.js';

const BACK = 'back';

/**
 * A group of entries behind one line of the main menu, so the main menu stays short: choosing
 * it asks which entry (the last one chosen first), and Back returns to the main menu.
 */
export function menuSection(label: string, description: string, entries: Readonly<Record<string, MenuEntry>>): MenuEntry {
  const choices = [
    ...Object.entries(entries).map(([value, entry]) => ({ name: entry.label, value, description: entry.description })),
    { name: 'Back', value: BACK, description: 'the main menu' },
  ];
  return {
    label,
    description,
    async run(context) {
      const chosen = await askSelect(`${label}:`, choices, context.state.lastChoices.get(label));
      const entry = entries[chosen];
      if (!entry) return 'again';
      context.state.lastChoices.set(label, chosen);
      return entry.run(context);
    },
  };
}
