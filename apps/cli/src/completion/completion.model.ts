import { commandWords } from '@hcdm/analytics';
import type { Command, Option } from 'commander';

/** What an option's value is, so a shell knows what to offer after it. */
export type OptionValue = 'none' | 'file' | 'directory' | 'choices' | 'any';

export interface CompletionOption {
  /** `--format`, and the short form too when there is one (`-h`). */
  readonly names: readonly string[];
  readonly description: string;
  readonly value: OptionValue;
  /** For `choices`: the values (`table json csv ndjson md`). */
  readonly choices: readonly string[];
}

/** What a subcommand's arguments are: the command language's words, saved names, files, shells, subcommands. */
export type ArgumentKind = 'words' | 'saved-or-words' | 'saved' | 'files' | 'shells' | 'commands' | 'none';

export interface CompletionCommand {
  readonly name: string;
  readonly description: string;
  readonly options: readonly CompletionOption[];
  readonly args: ArgumentKind;
}

/** Everything the completion scripts cover, read from the program itself so they never fall behind its help. */
export interface CompletionSpec {
  readonly program: string;
  /** Options every subcommand takes too (`--db`, `--tz`, ...). */
  readonly globalOptions: readonly CompletionOption[];
  /** Options of the program alone, before any subcommand (`--version`, `--help`). */
  readonly programOptions: readonly CompletionOption[];
  readonly commands: readonly CompletionCommand[];
  /** The command language's literal words (from the query rules' usages). */
  readonly words: readonly string[];
}

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

const ARGUMENTS: Readonly<Record<string, ArgumentKind>> = {
  query: 'words',
  check: 'saved-or-words',
  run: 'saved',
  import: 'files',
  completion: 'shells',
  help: 'commands',
};

/** The spec of `program` as its help shows it: visible subcommands and options only. */
export function completionSpec(program: Command): CompletionSpec {
  const help = program.createHelp();
  const commands = help.visibleCommands(program).map((command) => ({
    name: command.name(),
    description: firstLine(command.description()),
    options: help.visibleOptions(command).map(completionOption),
    args: ARGUMENTS[command.name()] ?? 'none',
  }));
  const options = help.visibleOptions(program).map(completionOption);
  // A subcommand has its own --help; --version belongs to the program alone.
  const programOnly = (option: CompletionOption) => option.names.some((name) => name === '--help' || name === '--version');
  return {
    program: program.name(),
    globalOptions: options.filter((option) => !programOnly(option)),
    programOptions: options.filter(programOnly),
    commands,
    words: commandWords(),
  };
}

function completionOption(option: Option): CompletionOption {
  const names = [option.long, option.short].filter((name): name is string => name !== undefined);
  return { names, description: firstLine(option.description), value: valueOf(option), choices: option.argChoices ?? [] };
}

/** By the option's placeholder: `<file>` and `<path>` name files, `<dir>` a folder. */
function valueOf(option: Option): OptionValue {
  if (!option.required && !option.optional) return 'none';
  if (option.argChoices !== undefined) return 'choices';
  const placeholder = /<([^>]+)>|\[([^\]]+)\]/.exec(option.flags);
  const name = placeholder?.[1] ?? placeholder?.[2] ?? '';
  if (name === 'file' || name === 'path') return 'file';
  if (name === 'dir') return 'directory';
  return 'any';
}

function firstLine(text: string): string {
  return text.split('\n')[0]?.trim() ?? '';
}

/** Options that take a value, by every name: a word after one of them is its value, not an argument. */
export function optionsWithValues(options: readonly CompletionOption[]): string[] {
  return options.filter((option) => option.value !== 'none').flatMap((option) => option.names);
}
