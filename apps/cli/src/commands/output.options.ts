import { InvalidArgumentError, Option, type Command } from 'commander';
import { OUTPUT_FORMATS, type OutputFormat } from '../output/result.format.js';
import type { ResultOutput } from '../output/result-printer.js';

/** `--format` and `--out`, on every command that prints query results. */
export function addOutputOptions(command: Command): Command {
  return command
    .addOption(new Option('--format <format>', 'output format (md: a GitHub Markdown table)').choices(OUTPUT_FORMATS).default('table'))
    .addOption(new Option('--out <file>', 'write the results to this file instead of stdout (saying so on stderr)').argParser(filePath));
}

/** The output options as the command's action receives them. */
export function readOutputOptions(options: { format: OutputFormat; out?: string }): ResultOutput {
  return { format: options.format, outFile: options.out };
}

function filePath(text: string): string {
  if (text.trim() === '') throw new InvalidArgumentError('needs a file path.');
  return text;
}
