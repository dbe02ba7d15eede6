import { optionsWithValues, SHELLS, type CompletionCommand, type CompletionOption, type CompletionSpec } from './completion.model.js';

/**
 * A bash completion script (`source <(hcdm completion bash)`): the subcommands, each one's
 * options and the global ones, the values of options that have a fixed set or name a file, and
 * the arguments: the command language's words after `query` and `check` (unquoted: inside an
 * open quote bash completes nothing), saved command names after `run` and `check` (asked of
 * `hcdm run`, so they are the current folder's), files after `import`.
 */
export function bashCompletion(spec: CompletionSpec): string {
  const fn = `_${spec.program}_completion`;
  const globalNames = spec.globalOptions.flatMap((option) => option.names);
  const programNames = [...globalNames, ...spec.programOptions.flatMap((option) => option.names)];
  const valued = [...new Set([...optionsWithValues(spec.globalOptions), ...spec.commands.flatMap((command) => optionsWithValues(command.options))])];
  return `# bash completion for ${spec.program}: source <(${spec.program} completion bash), or save it as
# ~/.local/share/bash-completion/completions/${spec.program}
${fn}() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev=""
  (( COMP_CWORD > 0 )) && prev="\${COMP_WORDS[COMP_CWORD-1]}"
  local command="" i
  for (( i = 1; i < COMP_CWORD; i++ )); do
    case "\${COMP_WORDS[i]}" in
      ${valued.join('|')}) (( i++ )) ;;
      -*) ;;
      *) command="\${COMP_WORDS[i]}"; break ;;
    esac
  done
  case "$command:$prev" in
${optionValueCases(spec)}
  esac
  local words=""
  case "$command" in
    "") words="${spec.commands.map((command) => command.name).join(' ')}" ;;
${spec.commands.map((command) => `    ${command.name}) words="${argumentWords(spec, command)}" ;;`).join('\n')}
  esac
  if [[ "$cur" == -* ]]; then
    case "$command" in
${spec.commands.map((command) => `      ${command.name}) words="${optionNames(command.options)} ${globalNames.join(' ')}" ;;`).join('\n')}
      *) words="${programNames.join(' ')}" ;;
    esac
  fi
  case "$command" in
    import) [[ "$cur" != -* ]] && { COMPREPLY=( $(compgen -f -- "$cur") ); return 0; } ;;
    run|check) [[ "$cur" != -* ]] && words="$(${spec.program} run --format csv 2>/dev/null | tail -n +2 | cut -d, -f1) $words" ;;
  esac
  COMPREPLY=( $(compgen -W "$words" -- "$cur") )
}
complete -F ${fn} ${spec.program}
`;
}

/** `command:--format)` for each option with a value to offer, `*:--db)` for the global ones. */
function optionValueCases(spec: CompletionSpec): string {
  const cases: string[] = [];
  const add = (command: string, option: CompletionOption) => {
    const patterns = option.names.map((name) => `${command}:${name}`).join('|');
    if (option.value === 'choices') cases.push(`    ${patterns}) COMPREPLY=( $(compgen -W "${option.choices.join(' ')}" -- "$cur") ); return 0 ;;`);
    else if (option.value === 'file') cases.push(`    ${patterns}) COMPREPLY=( $(compgen -f -- "$cur") ); return 0 ;;`);
    else if (option.value === 'directory') cases.push(`    ${patterns}) COMPREPLY=( $(compgen -d -- "$cur") ); return 0 ;;`);
    // A value of the user's own (a number, a zone): nothing to offer, and not the next word's list.
    else if (option.value === 'any') cases.push(`    ${patterns}) COMPREPLY=(); return 0 ;;`);
  };
  for (const command of spec.commands) for (const option of command.options) add(command.name, option);
  for (const option of spec.globalOptions) add('*', option);
  return cases.join('\n');
}

function argumentWords(spec: CompletionSpec, command: CompletionCommand): string {
  switch (command.args) {
    case 'words':
    case 'saved-or-words':
      return spec.words.join(' ');
    case 'shells':
      return SHELLS.join(' ');
    case 'commands':
      return spec.commands.map((each) => each.name).join(' ');
    case 'saved':
    case 'files':
    case 'none':
      return '';
  }
}

function optionNames(options: readonly CompletionOption[]): string {
  return options.flatMap((option) => option.names).join(' ');
}
