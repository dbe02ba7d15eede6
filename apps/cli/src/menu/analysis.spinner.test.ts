import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { SPINNER_DELAY_MS, withSpinner } from './analysis.spinner.js';

/** A stream that says it is a terminal, and what was written to it. */
function terminal(isTTY: boolean): { stream: PassThrough & { isTTY: boolean }; written: () => string } {
  const stream = Object.assign(new PassThrough(), { isTTY });
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  return { stream, written: () => Buffer.concat(chunks).toString('utf8') };
}

const after = (ms: number) => new Promise<string>((resolve) => setTimeout(() => resolve('answer'), ms));

describe('withSpinner', () => {
  it('shows the command beside a spinner on a terminal while a slow analysis runs, and answers what it answered', async () => {
    const { stream, written } = terminal(true);
    expect(await withSpinner(stream, 'show speed to lead', () => after(SPINNER_DELAY_MS + 200))).toBe('answer');
    expect(written()).toContain('show speed to lead');
  });

  it('shows nothing for an answer quicker than the delay', async () => {
    const { stream, written } = terminal(true);
    expect(await withSpinner(stream, 'show hot leads', () => after(1))).toBe('answer');
    await after(SPINNER_DELAY_MS + 50);
    expect(written()).toBe('');
  });

  it('shows nothing when stderr is not a terminal, and passes an error on', async () => {
    const { stream, written } = terminal(false);
    await expect(withSpinner(stream, 'show hot leads', () => after(SPINNER_DELAY_MS + 100).then(() => Promise.reject(new Error('bad'))))).rejects.toThrow('bad');
    expect(written()).toBe('');
  });
});
