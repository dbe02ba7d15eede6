import { distance } from 'fastest-levenshtein';
import { InvalidCommandError, UnknownCommandError } from './query.errors.js';
import { RULES } from './rules/rule.registry.js';
import { COMPARISON_TEXT, splitSuffixes } from './rules/command-suffixes.grammar.js';
import type { AnyCommandRule, Query } from './query.types.js';
import type { RuleMatch } from './rules/rule.types.js';
import { FILTER_DIMENSIONS } from '@hcdm/analyses';

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
  const { body, period, filters, compare } = splitSuffixes(collapsed);
  for (const command of RULES) {
    const match = command.pattern.exec(body);
    if (!match) continue;
    const ruleMatch = { text: collapsed, groups: match.slice(1), period, filters, compare };
    checkClauses(command, ruleMatch);
    return command.parse(ruleMatch);
  }
  throw new UnknownCommandError(collapsed, closestForm(body) + collapsed.slice(body.length));
}

/** The clauses after the command must be ones its rule takes; a comparison needs a period to compare. */
function checkClauses(command: AnyCommandRule, { text, period, filters, compare }: RuleMatch): void {
  if (period && !command.takesPeriod) throw new InvalidCommandError(text, `"${command.usage}" takes no period`);
  const taken = command.filters ?? [];
  const refused = FILTER_DIMENSIONS.find((dimension) => filters[dimension] !== undefined && !taken.includes(dimension));
  if (refused !== undefined) {
    const others = taken.length === 0 ? 'no filter' : `only ${taken.map((dimension) => `"for ${dimension}"`).join(' and ')}`;
    throw new InvalidCommandError(text, `"${command.usage}" takes no "for ${refused}" (it takes ${others})`);
  }
  if (compare && !command.takesComparison) throw new InvalidCommandError(text, `"${command.usage}" takes no "${COMPARISON_TEXT}"`);
  if (compare && !period) {
    throw new InvalidCommandError(text, `"${COMPARISON_TEXT}" needs a period to compare: add "in last N days" or "from YYYY-MM-DD to YYYY-MM-DD"`);
  }
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
