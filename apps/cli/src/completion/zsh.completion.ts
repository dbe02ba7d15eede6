import { SHELLS, type CompletionCommand, type CompletionOption, type CompletionSpec } from './completion.model.js';

/**
 * A zsh completion function over `_arguments` (`source <(hcdm completion zsh)` after compinit,
 * or saved as `_hcdm` in a folder of $fpath): subcommands with their descriptions, every
 * option with its description and value, and the same arguments as the bash script.
 */
export function zshCompletion(spec: CompletionSpec): string {
  const fn = `_${spec.program}`;
  const globals = spec.globalOptions.map(optionSpec);
  const programOnly = spec.programOptions.map(optionSpec);
  return `#compdef ${spec.program}
# zsh completion for ${spec.program}: source <(${spec.program} completion zsh) after compinit, or save it as
# _${spec.program} in a folder of $fpath
${fn}_saved() {
  local -a names
  names=( \${(f)"$(${spec.program} run --format csv 2>/dev/null | tail -n +2 | cut -d, -f1)"} )
  compadd -a names
}

${fn}() {
  local curcontext="$curcontext" state line
  typeset -A opt_args
  local -a commands words globals
  commands=(
${spec.commands.map((command) => `    ${quote(`${command.name.replace(/:/g, '\\:')}:${command.description}`)}`).join('\n')}
  )
  words=( ${spec.words.join(' ')} )
  globals=(
${globals.map((line) => `    ${line}`).join('\n')}
  )
  _arguments -C $globals ${programOnly.join(' ')} '1: :->command' '*:: :->args'
  case $state in
    command) _describe -t commands 'hcdm command' commands ;;
    args)
      case $line[1] in
${spec.commands.map((command) => commandCase(command, spec.program)).join('\n')}
      esac ;;
  esac
}

if [[ "$funcstack[1]" == "${fn}" ]]; then
  ${fn} "$@"
else
  compdef ${fn} ${spec.program}
fi
`;
}

function commandCase(command: CompletionCommand, program: string): string {
  const specs = [...command.options.map(optionSpec), '$globals', argumentSpec(command, program)].filter((part) => part !== '');
  return `        ${command.name}) _arguments ${specs.join(' ')} ;;`;
}

function argumentSpec(command: CompletionCommand, program: string): string {
  switch (command.args) {
    case 'words':
      return `'*: :{compadd -a words}'`;
    case 'saved-or-words':
      return `'*: :{_${program}_saved; compadd -a words}'`;
    case 'saved':
      return `'1: :_${program}_saved'`;
    case 'files':
      return `'*: :_files'`;
    case 'shells':
      return `'1: :(${SHELLS.join(' ')})'`;
    case 'commands':
      return `'1: :_describe -t commands command commands'`;
    case 'none':
      return '';
  }
}

/** One `_arguments` spec: `(-h --help)'{-h,--help}'[show help]'`, with the value's action after a colon. */
function optionSpec(option: CompletionOption): string {
  const description = `[${escapeDescription(option.description)}]${valueAction(option)}`;
  if (option.names.length === 1) return quote(`${option.names[0]}${description}`);
  return `${quote(`(${option.names.join(' ')})`)}{${option.names.join(',')}}${quote(description)}`;
}

function valueAction(option: CompletionOption): string {
  switch (option.value) {
    case 'none':
      return '';
    case 'file':
      return ':file:_files';
    case 'directory':
      return ':folder:_files -/';
    case 'choices':
      return `:value:(${option.choices.join(' ')})`;
    case 'any':
      return ':value: ';
  }
}

/** Inside `[...]` zsh ends the description at `]` and reads `\\` as an escape; escaped, they are text. */
function escapeDescription(text: string): string {
  return text.replace(/([\\\]])/g, '\\$1');
}

/** Single quotes for zsh: a quote inside as '\\''. */
function quote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}
