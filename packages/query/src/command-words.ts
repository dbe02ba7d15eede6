import { listCommands } from './rules/rule.registry.js';

/**
 * The literal words of the command language, from every form's usage in the registry (what
 * `help` lists), each once in the order they first appear: what a shell offers to complete
 * `hcdm query sh<TAB>`. Placeholders (`<phone or customer id>`, `N`, `ZONE`, `YYYY-MM-DD`) are
 * left out: they stand for the user's own values.
 */
export function commandWords(): string[] {
  const words = new Set<string>();
  for (const { command } of listCommands()) {
    const literal = command.replace(/<[^>]*>/g, ' ').replace(/[[\]|]/g, ' ');
    for (const word of literal.split(/\s+/)) if (/^[a-z]+$/.test(word)) words.add(word);
  }
  return [...words];
}
