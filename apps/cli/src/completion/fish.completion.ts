import { SHELLS, type CompletionCommand, type CompletionOption, type CompletionSpec } from './completion.model.js';

/**
 * fish completions (`hcdm completion fish | source`, or saved as
 * ~/.config/fish/completions/hcdm.fish): a `complete` line per subcommand, option and argument
 * list, each option only after its subcommand, the same arguments as the bash script.
 */
export function fishCompletion(spec: CompletionSpec): string {
  const program = spec.program;
  const names = spec.commands.map((command) => command.name).join(' ');
  const lines = [
    `# fish completion for ${program}: ${program} completion fish | source, or save it as ~/.config/fish/completions/${program}.fish`,
    `complete -c ${program} -f`,
    ...spec.commands.map((command) => `complete -c ${program} -n 'not __fish_seen_subcommand_from ${names}' -a ${command.name} -d ${quote(command.description)}`),
    ...spec.globalOptions.map((option) => optionLine(program, '', option)),
    ...spec.programOptions.map((option) => optionLine(program, `not __fish_seen_subcommand_from ${names}`, option)),
    ...spec.commands.flatMap((command) => [
      ...command.options.map((option) => optionLine(program, `__fish_seen_subcommand_from ${command.name}`, option)),
      ...argumentLines(spec, command),
    ]),
  ];
  return `${lines.join('\n')}\n`;
}

function argumentLines(spec: CompletionSpec, command: CompletionCommand): string[] {
  const when = `-n '__fish_seen_subcommand_from ${command.name}'`;
  const saved = `-a '(${spec.program} run --format csv 2>/dev/null | tail -n +2 | cut -d, -f1)'`;
  const prefix = `complete -c ${spec.program} ${when}`;
  switch (command.args) {
    case 'words':
      return [`${prefix} -a ${quote(spec.words.join(' '))}`];
    case 'saved-or-words':
      return [`${prefix} ${saved}`, `${prefix} -a ${quote(spec.words.join(' '))}`];
    case 'saved':
      return [`${prefix} ${saved}`];
    case 'files':
      return [`${prefix} -F`];
    case 'shells':
      return [`${prefix} -a ${quote(SHELLS.join(' '))}`];
    case 'commands':
      return [`${prefix} -a ${quote(spec.commands.map((each) => each.name).join(' '))}`];
    case 'none':
      return [];
  }
}

function optionLine(program: string, condition: string, option: CompletionOption): string {
  const parts = [`complete -c ${program}`];
  if (condition !== '') parts.push(`-n ${quote(condition)}`);
  for (const name of option.names) parts.push(name.startsWith('--') ? `-l ${name.slice(2)}` : `-s ${name.slice(1)}`);
  if (option.value === 'file' || option.value === 'directory') parts.push('-r -F');
  else if (option.value === 'choices') parts.push(`-x -a ${quote(option.choices.join(' '))}`);
  else if (option.value === 'any') parts.push('-x');
  parts.push(`-d ${quote(option.description)}`);
  return parts.join(' ');
}

/** Single quotes for fish: a quote or a backslash inside escaped with a backslash. */
function quote(text: string): string {
  return `'${text.replace(/[\\']/g, '\\$&')}'`;
}
