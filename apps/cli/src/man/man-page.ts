import type { Command } from 'commander';

/** The width the help is laid out at for the page: man indents it by a few columns on an 80-column terminal. */
const HELP_WIDTH = 72;

/**
 * The hcdm(1) man page in roff (man macros), made from the same help text `--help` prints:
 * the program's help (its options, examples, environment, exit statuses) under DESCRIPTION,
 * then each subcommand's help under COMMANDS, kept as written (no refilling), so the page and
 * `--help` cannot say different things.
 */
export function manPage(program: Command, version: string): string {
  const name = program.name();
  const commands = program.createHelp().visibleCommands(program).filter((command) => command.name() !== 'help');
  const lines = [
    `.TH ${name.toUpperCase()} 1 "" "${roffText(`${name} ${version}`)}" "User Commands"`,
    '.SH NAME',
    // The description starts with the name ("hcdm: the ..."), which NAME already gives.
    `${name} \\- ${roffText(program.description().replace(new RegExp(`^${name}:\\s*`), ''))}`,
    '.SH SYNOPSIS',
    `.B ${name}`,
    '[\\fIoptions\\fR] [\\fIcommand\\fR] [\\fIarguments\\fR]',
    '.SH DESCRIPTION',
    ...preformatted(helpTextOf(program)),
    '.SH COMMANDS',
    ...commands.flatMap((command) => [`.SS ${command.name()}`, ...preformatted(helpTextOf(command))]),
    '.SH SEE ALSO',
    `The README of @hcdm/cli, and \\fB${name} query help\\fR for every command of the language.`,
  ];
  return `${lines.join('\n')}\n`;
}

/** What `command --help` prints, captured at a fixed width without colours (commander writes it through its output settings). */
function helpTextOf(command: Command): string {
  let text = '';
  const output = command.configureOutput();
  const saved = { ...output };
  command.configureOutput({ writeOut: (chunk) => (text += chunk), getOutHelpWidth: () => HELP_WIDTH, getOutHasColors: () => false });
  try {
    command.outputHelp();
  } finally {
    // Subcommands share the program's output settings: put them back as they were.
    command.configureOutput(saved);
  }
  return text;
}

/** Lines shown as typed (`.nf`), each made safe for roff. */
function preformatted(text: string): string[] {
  const body = text.replace(/\n+$/, '').split('\n').map((line) => (line === '' ? '' : roffLine(line)));
  return ['.nf', ...body, '.fi'];
}

/** A line roff prints as it is: backslashes escaped, a leading `.` or `'` kept from reading as a request, `-` as a plain hyphen-minus. */
function roffLine(line: string): string {
  const text = roffText(line);
  return /^[.']/.test(text) ? `\\&${text}` : text;
}

function roffText(text: string): string {
  return text.replace(/\\/g, '\\e').replace(/-/g, '\\-');
}
