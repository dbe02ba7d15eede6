#!/usr/bin/env node
import { CommanderError } from 'commander';
import { reportError } from './error-message.js';
import { EXIT } from './exit-codes.js';
import { buildProgram } from './program.js';
import { cliVersion } from './version.js';

/** The composition root: parse, run, and turn any failure into one line and an exit status. */
async function main(argv: string[]): Promise<void> {
  // `hcdm query ... | head` closes stdout early: that is the reader's choice, not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? EXIT.ok);
    throw error;
  });
  try {
    await buildProgram(cliVersion()).parseAsync(argv);
  } catch (error) {
    // Commander already printed its message (or the help / version, with status 0).
    if (error instanceof CommanderError) process.exitCode = error.exitCode;
    else process.exitCode = reportError(error, process.stderr);
  }
}

// Not awaited at the top level: the bundle is CommonJS (for its code cache, launcher/), which has
// no top-level await; main() settles every failure itself.
void main(process.argv);
