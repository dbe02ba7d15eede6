import { InvalidConfigError } from '@hcdm/analyses';
import { NotFoundError } from '@hcdm/core';
import { parseCommand } from '@hcdm/query';

/** The config file's `commands`: a name (`weekly`) for a command of the language. */
export type SavedCommands = Readonly<Record<string, string>>;

/** What a name may be: one word, so it can follow `hcdm run` unquoted and be completed by a shell. */
const NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

/**
 * Reads the `commands` object of a config file. Each entry is checked as it is read, so a typo
 * in a saved command is found when the file is, not at 8 am when cron runs it: the name must be
 * one word, the text a command the language reads (`parseCommand`); anything else is an
 * InvalidConfigError naming the file and `commands.NAME`.
 */
export function parseSavedCommands(source: string, value: unknown): SavedCommands {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InvalidConfigError(source, 'commands', 'must be an object of names and commands, like { "weekly": "show top 10 leads by score in last 7 days" }', value);
  }
  const commands: Record<string, string> = {};
  for (const [name, text] of Object.entries(value)) {
    const key = `commands.${name}`;
    if (!NAME.test(name)) throw new InvalidConfigError(source, key, 'must be named by one word of letters, digits, "-", "_" or "." (at most 64)');
    if (typeof text !== 'string' || text.trim() === '') throw new InvalidConfigError(source, key, 'must be a command, like "show hot leads"', text);
    try {
      parseCommand(text);
    } catch (error) {
      throw new InvalidConfigError(source, key, `is not a command: ${error instanceof Error ? error.message : String(error)}`);
    }
    commands[name] = text.trim();
  }
  return commands;
}

/** The saved command called `name`, or a NotFoundError listing the names there are. */
export function savedCommandNamed(commands: SavedCommands, name: string, source: string | null): string {
  const text = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (text !== undefined) return text;
  const names = Object.keys(commands);
  if (source === null) throw new NotFoundError(`no saved command "${name}": there is no config file; save commands under "commands" in hcdm.config.json`);
  if (names.length === 0) throw new NotFoundError(`no saved command "${name}": ${source} has no "commands"`);
  throw new NotFoundError(`no saved command "${name}" in ${source} (saved: ${names.join(', ')})`);
}
