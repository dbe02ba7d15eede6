import { Argument, Command } from 'commander';
import { bashCompletion } from '../completion/bash.completion.js';
import { completionSpec, SHELLS, type Shell } from '../completion/completion.model.js';
import { fishCompletion } from '../completion/fish.completion.js';
import { zshCompletion } from '../completion/zsh.completion.js';

const RENDER: Readonly<Record<Shell, typeof bashCompletion>> = { bash: bashCompletion, zsh: zshCompletion, fish: fishCompletion };

/** `hcdm completion bash|zsh|fish`: the shell's completion script, made from this program's own commands and options. */
export function completionCommand(): Command {
  return new Command('completion')
    .description('print the shell completion script for bash, zsh or fish')
    .addArgument(new Argument('<shell>', 'the shell').choices(SHELLS))
    .addHelpText(
      'after',
      `
It completes the subcommands, their options (and the values of --format, --kind, files), the
words of the command language after "query" and "check" (unquoted), and saved command names
after "run" and "check".

Examples:
  $ source <(hcdm completion bash)                 in ~/.bashrc
  $ source <(hcdm completion zsh)                  in ~/.zshrc, after compinit
  $ hcdm completion fish > ~/.config/fish/completions/hcdm.fish`,
    )
    .action((shell: Shell, _options: unknown, self: Command) => {
      // The parent is the whole program: the script covers exactly what its help lists.
      process.stdout.write(RENDER[shell](completionSpec(self.parent ?? self)));
    });
}
