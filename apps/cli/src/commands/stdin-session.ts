import { withDatabase } from '../database.open.js';
import type { GlobalOptions } from '../global-options.js';
import type { OutputFormat } from '../output/result.format.js';
import { outputGlyphs, outputWidth } from '../output/output-width.js';
import { runLineSession } from '../session/line-session.js';
import { readOutputOptions } from './output.options.js';

/**
 * Commands read from stdin one a line, on an existing database: the repl (`prompt`: at a
 * terminal) and `hcdm` with piped input share it. Resolves to the session's exit status.
 */
export function runStdinSession(global: GlobalOptions, options: { format: OutputFormat; out?: string }, prompt: boolean): Promise<number> {
  return withDatabase(global, 'existing', (db) =>
    runLineSession(db, {
      input: process.stdin,
      out: process.stdout,
      err: process.stderr,
      output: readOutputOptions(options),
      width: outputWidth(process.stdout),
      glyphs: outputGlyphs(process.stdout),
      prompt,
    }),
  );
}
