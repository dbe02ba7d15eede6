import type { CommandRule } from './rule.types.js';
import { textColumn } from './query-result.builder.js';

export interface HelpQuery {
  readonly kind: 'help';
}

/** One line of `help`: a form of the command language with an example. */
export interface CommandUsage {
  readonly command: string;
  readonly example: string;
  readonly description: string;
}

/**
 * `help` lists every registered form, so it takes the registry as a function (read when it
 * runs) rather than importing it, which would make a module cycle.
 */
export function makeHelpRule(listCommands: () => readonly CommandUsage[]): CommandRule<HelpQuery> {
  return {
    kind: 'help',
    pattern: /^help$/i,
    usage: 'help',
    example: 'help',
    description: 'lists every command with an example',
    takesPeriod: false,
    readsData: false,
    suggestions: () => ['help'],
    parse: () => ({ kind: 'help' }),
    format: () => 'help',
    async run() {
      const rows = listCommands().map(({ command, example, description }) => ({ command, example, description }));
      return {
        command: 'help',
        title: 'Commands',
        shape: 'list',
        columns: [textColumn('command', 'Command'), textColumn('example', 'Example'), textColumn('description', 'Description')],
        rows,
      };
    },
  };
}
