import { createInterface } from 'node:readline';
import type { HcdmDatabase } from '@hcdm/analytics';
import { describeError } from '../error-message.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import type { BarGlyphs } from '../output/bars.format.js';
import { createResultPrinter, type ResultOutput, type ResultPrinter } from '../output/result-printer.js';

export interface LineSessionOptions {
  readonly input: NodeJS.ReadableStream;
  readonly out: NodeJS.WritableStream;
  readonly err: NodeJS.WritableStream;
  /** The format, and a file to write the results to instead of `out`. */
  readonly output: ResultOutput;
  readonly width: number;
  /** How bar charts are drawn on `out` (ASCII when not given). */
  readonly glyphs?: BarGlyphs;
  /** Show the `> ` prompt (a person at a terminal) or read silently (a script on stdin). */
  readonly prompt: boolean;
}

const LEAVE = new Set(['exit', 'quit', '.exit']);

/**
 * One command a line until end of input, `exit` or `quit`. A failing command prints its one-line
 * error and the loop goes on; the answer is the worst exit status seen (0 when all succeeded).
 */
export async function runLineSession(db: HcdmDatabase, options: LineSessionOptions): Promise<ExitCode> {
  const lines = createInterface({
    input: options.input,
    output: options.prompt ? options.out : undefined,
    terminal: options.prompt && Boolean((options.input as { isTTY?: boolean }).isTTY),
    prompt: '> ',
  });
  lines.on('SIGINT', () => lines.close()); // Ctrl+C leaves, as Ctrl+D does
  const print = createResultPrinter(options.output, options);
  let worst: ExitCode = EXIT.ok;
  let leftByCommand = false;
  if (options.prompt) lines.prompt();
  for await (const raw of lines) {
    const line = raw.trim();
    leftByCommand = LEAVE.has(line.toLowerCase());
    if (leftByCommand) break;
    if (line !== '' && !line.startsWith('#')) worst = Math.max(worst, await runOne(db, line, print, options.err)) as ExitCode;
    if (options.prompt) lines.prompt();
  }
  lines.close();
  // Ctrl+C / Ctrl+D leave the cursor after the prompt; the shell's own prompt needs a line.
  if (options.prompt && !leftByCommand) options.out.write('\n');
  return worst;
}

async function runOne(db: HcdmDatabase, line: string, print: ResultPrinter, err: NodeJS.WritableStream): Promise<ExitCode> {
  try {
    print(await db.query(line));
    return EXIT.ok;
  } catch (error) {
    const report = describeError(error);
    err.write(`error: ${report.message}\n`);
    return report.exitCode;
  }
}
