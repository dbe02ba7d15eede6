import { distance } from 'fastest-levenshtein';
import { InvalidCommandError, UnknownCommandError } from './query.errors.js';
import { RULES } from './rules/rule.registry.js';
import { splitPeriod } from './rules/period.parser.js';
import type { Query } from './query.types.js';

/** The longest command read: the longest real one is under 200 characters. */
export const MAX_COMMAND_CHARS = 4096;

/**
 * Reads one command of the language (case-insensitive, any spacing) into a Query. Unknown text
 * throws UnknownCommandError naming the closest form; a bad N, date or period throws
 * InvalidCommandError with the reason.
 */
export function parseCommand(text: string): Query {
  // Refused before any pattern or edit distance runs: those cost time in proportion to the text.
  if (text.length > MAX_COMMAND_CHARS) {
    throw new InvalidCommandError(text, `is too long (${text.length} characters, at most ${MAX_COMMAND_CHARS})`);
  }
  const collapsed = text.trim().replace(/\s+/g, ' ');
  if (collapsed === '') throw new UnknownCommandError('', null);
  const { body, period } = splitPeriod(collapsed);
  for (const command of RULES) {
    const match = command.pattern.exec(body);
    if (!match) continue;
    if (period && !command.takesPeriod) throw new InvalidCommandError(collapsed, `"${command.usage}" takes no period`);
    return command.parse({ text: collapsed, groups: match.slice(1), period });
  }
  throw new UnknownCommandError(collapsed, closestForm(body) + collapsed.slice(body.length));
}

/** The concrete form nearest to what was typed, by edit distance; the first wins a tie. */
function closestForm(body: string): string {
  const typed = body.toLowerCase();
  let best = 'help';
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const form of RULES.flatMap((command) => command.suggestions(body))) {
    const d = distance(typed, form.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [form, d];
  }
  return best;
}
