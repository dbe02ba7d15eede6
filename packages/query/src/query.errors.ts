import { HcdmError } from '@hcdm/core';

/** Text that is no known command; the message names the closest valid form. */
export class UnknownCommandError extends HcdmError {
  override readonly name = 'UnknownCommandError';

  constructor(
    readonly text: string,
    readonly suggestion: string | null,
  ) {
    super('UNKNOWN_COMMAND', unknownMessage(text, suggestion));
  }
}

/** A known command with a bad argument (N, a date, a period); the message says which and why. */
export class InvalidCommandError extends HcdmError {
  override readonly name = 'InvalidCommandError';

  constructor(
    readonly text: string,
    readonly reason: string,
  ) {
    super('INVALID_COMMAND', `invalid command "${echoed(text)}": ${reason}`);
  }
}

function unknownMessage(text: string, suggestion: string | null): string {
  if (text === '') return 'empty command; type "help" for the list of commands';
  const hint = suggestion === null ? 'type "help" for the list of commands' : `did you mean "${echoed(suggestion)}"?`;
  return `unknown command "${echoed(text)}"; ${hint}`;
}

/** How much of what was typed an error repeats: enough to recognise it, never a pasted page. */
export const ECHO_CHARS = 60;

/** The text as an error shows it: whole if short, else its first ECHO_CHARS characters and "...". */
export function echoed(text: string): string {
  return text.length <= ECHO_CHARS ? text : `${text.slice(0, ECHO_CHARS)}...`;
}
